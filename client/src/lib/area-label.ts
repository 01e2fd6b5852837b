import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { localize } from './localize';
import { useTRPC } from './trpc';

/**
 * Names the area that let a service in ("Municipality:616" → "Pukkila", a county by its name,
 * "Nationwide" → "Koko Suomi") in the UI language; unknown types keep their code.
 */
export function useAreaLabel(): (via: string) => string {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const municipalities = useQuery({ ...trpc.catalogue.municipalities.queryOptions(), staleTime: Infinity });
  const regions = useQuery({ ...trpc.catalogue.regions.queryOptions(), staleTime: Infinity });
  return (via) => {
    const [type = via, code = ''] = via.split(':');
    if (type === 'Municipality' && municipalities.data?.[code]) return localize(municipalities.data[code], i18n.language);
    const region = type === 'WellbeingServiceCounties' ? regions.data?.find((r) => r.code === code) : undefined;
    if (region) return localize(region.name, i18n.language);
    return t(`area.${type}`, { code, defaultValue: via });
  };
}
