/**
 * The words exports use, in Finnish and Swedish. The UI's locale files are bundled into
 * the client only, and an export is written by the server (or the CLI) for people outside
 * the workbench, so its vocabulary lives here, next to the exporters.
 */
import type { ChangeRequestState, ChangeRequestType, RecipientKind, RequestItemKind, VerificationProblem } from '../../shared/domain/change-request';

export type ExportLanguage = 'fi' | 'sv';
export type Bilingual = Record<ExportLanguage, string>;

export const typeWords: Record<ChangeRequestType, Bilingual> = {
  'service.removeItem': { fi: 'Poista palvelulta luokitus tai asiasana', sv: 'Ta bort en klassificering eller ett ämnesord från tjänsten' },
  'service.addItem': { fi: 'Lisää palvelulle luokitus tai asiasana', sv: 'Lägg till en klassificering eller ett ämnesord i tjänsten' },
  'service.changeArea': { fi: 'Muuta palvelun aluetta', sv: 'Ändra tjänstens område' },
  'description.new': { fi: 'Uusi palvelukuvaus', sv: 'Ny tjänstebeskrivning' },
  'description.fix': { fi: 'Korjaa palvelukuvaus', sv: 'Rätta tjänstebeskrivningen' },
  'description.translate': { fi: 'Lisää ruotsinkielinen kuvaus', sv: 'Lägg till beskrivningen på svenska' },
  'rule.addItem': { fi: 'Lisää artikkelin sääntöön', sv: 'Lägg till i artikelns regel' },
  'rule.removeItem': { fi: 'Poista artikkelin säännöstä', sv: 'Ta bort från artikelns regel' },
  'rule.pin': { fi: 'Kiinnitä palvelu artikkeliin', sv: 'Fäst tjänsten vid artikeln' },
  'rule.block': { fi: 'Estä palvelu artikkelista', sv: 'Blockera tjänsten från artikeln' },
};

export const stateWords: Record<ChangeRequestState, Bilingual> = {
  draft: { fi: 'Luonnos', sv: 'Utkast' },
  ready: { fi: 'Valmis lähetettäväksi', sv: 'Klar att skickas' },
  sent: { fi: 'Lähetetty', sv: 'Skickad' },
  done: { fi: 'Tehty', sv: 'Utförd' },
  verified: { fi: 'Todennettu', sv: 'Verifierad' },
  rejected: { fi: 'Hylätty', sv: 'Avvisad' },
  withdrawn: { fi: 'Peruttu', sv: 'Återtagen' },
};

export const recipientKindWords: Record<RecipientKind, Bilingual> = {
  digifinland: { fi: 'DigiFinland', sv: 'DigiFinland' },
  organization: { fi: 'Palvelun omistaja', sv: 'Tjänstens ägare' },
  county: { fi: 'Hyvinvointialue', sv: 'Välfärdsområdet' },
};

export const itemKindWords: Record<RequestItemKind, Bilingual> = {
  keywords: { fi: 'Asiasana', sv: 'Ämnesord' },
  serviceClasses: { fi: 'Palveluluokka', sv: 'Tjänsteklass' },
  targetGroups: { fi: 'Kohderyhmä', sv: 'Målgrupp' },
  lifeEvents: { fi: 'Elämäntapahtuma', sv: 'Livshändelse' },
  area: { fi: 'Alue', sv: 'Område' },
};

export const problemWords: Record<VerificationProblem['code'], Bilingual> = {
  itemStillOnService: { fi: 'Palvelulla on yhä pyydetty poistettava kohta', sv: 'Tjänsten har fortfarande det som skulle tas bort' },
  itemMissingFromService: { fi: 'Palvelulta puuttuu yhä pyydetty kohta', sv: 'Tjänsten saknar fortfarande det som skulle läggas till' },
  stillSurfaces: { fi: 'Palvelu näkyy yhä artikkelissa', sv: 'Tjänsten visas fortfarande i artikeln' },
  doesNotSurface: { fi: 'Palvelu ei vielä näy artikkelissa', sv: 'Tjänsten visas ännu inte i artikeln' },
  serviceGone: { fi: 'Palvelua ei enää ole luettelossa', sv: 'Tjänsten finns inte längre i katalogen' },
  noSuchDescription: { fi: 'Kuvausta ei vielä ole', sv: 'Beskrivningen finns ännu inte' },
  swedishMissing: { fi: 'Ruotsinkielinen teksti puuttuu', sv: 'Den svenska texten saknas' },
  notChangedYet: { fi: 'Kuvausta ei ole vielä muutettu', sv: 'Beskrivningen har ännu inte ändrats' },
  changedNeedsLook: { fi: 'Kuvaus on muuttunut, tarkista käsin', sv: 'Beskrivningen har ändrats, granska manuellt' },
  ruleStillHasItem: { fi: 'Säännössä on yhä pyydetty poistettava kohta', sv: 'Regeln har fortfarande det som skulle tas bort' },
  ruleLacksItem: { fi: 'Säännöstä puuttuu yhä pyydetty kohta', sv: 'Regeln saknar fortfarande det som skulle läggas till' },
  notPinned: { fi: 'Palvelua ei ole kiinnitetty', sv: 'Tjänsten är inte fäst' },
  notBlocked: { fi: 'Palvelua ei ole estetty', sv: 'Tjänsten är inte blockerad' },
  articleGone: { fi: 'Artikkelia ei enää ole', sv: 'Artikeln finns inte längre' },
};

export const verificationWords = {
  notChecked: { fi: 'Ei vielä tarkistettu', sv: 'Inte kontrollerad ännu' },
  fixed: { fi: 'Korjattu', sv: 'Åtgärdad' },
} satisfies Record<string, Bilingual>;

/** Headers of the summary sheet. */
export const summaryWords = {
  title: { fi: 'Muutospyynnöt', sv: 'Ändringsbegäranden' },
  sheet: { fi: 'Yhteenveto', sv: 'Sammanfattning' },
  region: { fi: 'Alue', sv: 'Område' },
  exportedAt: { fi: 'Viety', sv: 'Exporterad' },
  exportedBy: { fi: 'Viejä', sv: 'Exporterad av' },
  recipient: { fi: 'Vastaanottaja', sv: 'Mottagare' },
  total: { fi: 'Yhteensä', sv: 'Totalt' },
} satisfies Record<string, Bilingual>;
