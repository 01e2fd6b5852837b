/** What a letter says, in Finnish and Swedish (the words of types and items: export-words.ts). */
import type { RecipientKind } from '../../shared/domain/change-request';
import type { Bilingual } from './export-words';

export const letterWords = {
  title: { fi: 'Muutospyynnöt palvelutietoihin', sv: 'Ändringsbegäranden om tjänsteuppgifter' },
  documentTitle: { fi: 'Muutospyynnöt', sv: 'Ändringsbegäranden' },
  to: { fi: 'Vastaanottaja', sv: 'Mottagare' },
  from: { fi: 'Lähettäjä', sv: 'Avsändare' },
  date: { fi: 'Päiväys', sv: 'Datum' },
  service: { fi: 'Palvelu', sv: 'Tjänst' },
  serviceId: { fi: 'Palvelun tunniste', sv: 'Tjänstens id' },
  item: { fi: 'Kohta', sv: 'Objekt' },
  articles: { fi: 'Artikkelit', sv: 'Artiklar' },
  reason: { fi: 'Perustelu', sv: 'Motivering' },
  proposed: { fi: 'Ehdotettu teksti', sv: 'Föreslagen text' },
  name: { fi: 'Nimi', sv: 'Namn' },
  summary: { fi: 'Tiivistelmä', sv: 'Sammanfattning' },
  description: { fi: 'Kuvaus', sv: 'Beskrivning' },
  organization: { fi: 'Palvelun järjestäjä', sv: 'Tjänstens anordnare' },
  requestCount_one: { fi: '1 pyyntö', sv: '1 begäran' },
  requestCount_other: { fi: '{n} pyyntöä', sv: '{n} begäranden' },
  closing: {
    fi: 'Kun muutos on tehty, näemme sen automaattisesti seuraavasta palvelutietojen tuonnista. Jos jokin pyyntö ei mielestänne ole aiheellinen, vastatkaa tähän viestiin ja mainitkaa pyynnön tunnus (esimerkiksi LP-2026-0042).',
    sv: 'När ändringen har gjorts ser vi den automatiskt vid nästa import av tjänsteuppgifterna. Om ni anser att någon begäran inte är befogad, svara på detta meddelande och ange begärans kod (till exempel LP-2026-0042).',
  },
  regards: { fi: 'Ystävällisin terveisin', sv: 'Med vänlig hälsning' },
} satisfies Record<string, Bilingual>;

/** What we ask and why, by who receives the letter. */
export const letterIntro: Record<RecipientKind, Bilingual> = {
  organization: {
    fi: 'Hyvinvointialue tarkistaa, mitkä palvelut näkyvät Omaperhe.fi-palvelun artikkeleissa. Palvelut valikoituvat artikkeleihin Palvelutietovarantoon (PTV) kirjattujen tietojen perusteella. Alla luetelluissa palveluissanne on tietoja, joiden vuoksi palvelu näkyy artikkelissa, johon se ei kuulu, tai ei näy siellä, missä sen pitäisi. Pyydämme teitä korjaamaan tiedot Palvelutietovarannossa.',
    sv: 'Välfärdsområdet går igenom vilka tjänster som visas i artiklarna på Omaperhe.fi. Tjänsterna väljs till artiklarna utifrån uppgifterna i Servicedatalagret (PTV). I era tjänster nedan finns uppgifter som gör att tjänsten visas i en artikel där den inte hör hemma, eller inte visas där den borde. Vi ber er rätta uppgifterna i Servicedatalagret.',
  },
  digifinland: {
    fi: 'Pyydämme muuttamaan seuraavien Omaperhe.fi-artikkelien sääntöjä, jotta artikkeleissa näkyisivät alueemme asukkaille oikeat palvelut.',
    sv: 'Vi ber er ändra reglerna för följande artiklar på Omaperhe.fi så att rätt tjänster visas för invånarna i vårt område.',
  },
  county: {
    fi: 'Seuraavia palvelukuvauksia ei vielä ole Palvelutietovarannossa, vaikka palvelu kuuluisi Omaperhe.fi-artikkeleihin. Ehdotamme, että kuvaukset kirjoitetaan alla olevilla teksteillä suomeksi ja ruotsiksi.',
    sv: 'Följande tjänstebeskrivningar finns ännu inte i Servicedatalagret, fast tjänsten hör till artiklar på Omaperhe.fi. Vi föreslår att beskrivningarna skrivs med texterna nedan på finska och svenska.',
  },
};
