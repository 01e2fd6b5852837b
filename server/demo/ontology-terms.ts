/**
 * KOKO ontology concepts ("asiasanat") used by the demo catalogue, with their labels
 * exactly as PTV served them in the public sample data (shared/reference/ptv-samples,
 * listed for family services in shared/reference/ontology-family-terms.md).
 * A null label means PTV returned no label in that language; the builder then leaves
 * the language out, as PTV does. Family terms first, then everyday municipal terms
 * that give the catalogue its realistic background noise.
 */

/** [KOKO concept id, PTV ontologyType, parentUri, fi, sv, en] */
type TermRow = readonly [string, string | null, string | null, string, string | null, string | null];

const kokoBase = 'http://www.yso.fi/onto/koko/';

const termRows = {
  aitiysneuvolat: ['p4971', 'JUPO', 'http://www.yso.fi/onto/koko/p77844;http://www.yso.fi/onto/koko/p37040', 'äitiysneuvolat', 'mödrarådgivningar', 'prenatal clinics'],
  lastenneuvolat: ['p5037', 'JUPO', 'http://www.yso.fi/onto/koko/p77844;http://www.yso.fi/onto/koko/p37040', 'lastenneuvolat', 'barnrådgivningsbyråer', 'child welfare clinics'],
  perhetyo: ['p12895', 'YSO', 'http://www.yso.fi/onto/koko/p16696', 'perhetyö (sosiaalityö)', 'familjearbete', 'family work'],
  kotipalvelu: ['p54976', 'JUPO', 'http://www.yso.fi/onto/koko/p18203', 'kotipalvelu', 'hemservice', 'home help service'],
  kotipalvelut: ['p48297', 'YSO', 'http://www.yso.fi/onto/koko/p18203', 'kotipalvelut', 'hemtjänst', 'home help services'],
  lapsiperheidenSosiaalityo: ['p52234', 'TERO', 'http://www.yso.fi/onto/koko/p16696', 'lapsiperheiden sosiaalityö', null, null],
  kasvatusneuvonta: ['p9954', 'YSO', 'http://www.yso.fi/onto/koko/p35080', 'kasvatusneuvonta', 'uppfostringsrådgivning', 'parenting guidance'],
  kasvatusneuvolat: ['p9767', 'YSO', 'http://www.yso.fi/onto/koko/p37040', 'kasvatusneuvolat', 'uppfostringsrådgivningsbyråer', 'parenting counselling centres'],
  perheneuvonta: ['p9581', 'YSO', 'http://www.yso.fi/onto/koko/p35080', 'perheneuvonta', 'familjerådgivning', 'family counselling'],
  perheneuvolat: ['p14454', 'JUPO', 'http://www.yso.fi/onto/koko/p37040;http://www.yso.fi/onto/koko/p77844', 'perheneuvolat', 'familjerådgivningsbyråer', 'family counselling centres'],
  lastensuojelu: ['p15822', 'JUPO', 'http://www.yso.fi/onto/koko/p32415;http://www.yso.fi/onto/koko/p18203', 'lastensuojelu', 'barnskydd', 'child protection'],
  lastensuojelunAvohuolto: ['p66540', 'JUPO', 'http://www.yso.fi/onto/koko/p15822', 'lastensuojelun avohuolto', 'öppenvård inom barnskyddet', 'non-institutional social care in child welfare'],
  lastensuojelunSijaishuolto: ['p66757', 'JUPO', 'http://www.yso.fi/onto/koko/p15822', 'lastensuojelun sijaishuolto', 'vård utom hemmet inom barnskyddet', 'child protection foster care'],
  lastensuojeluilmoitukset: ['p64613', 'TERO', 'http://www.yso.fi/onto/koko/p13673', 'lastensuojeluilmoitukset (ilmoitukset (tiedotteet))', null, null],
  ennakollinenLastensuojeluilmoitus: ['p53695', 'TERO', 'http://www.yso.fi/onto/koko/p64613', 'ennakollinen lastensuojeluilmoitus', null, null],
  lastensuojelutarpeenSelvitys: ['p56706', 'TERO', 'http://www.yso.fi/onto/koko/p9891', 'lastensuojelutarpeen selvitys', null, null],
  puheterapia: ['p8003', 'YSO', 'http://www.yso.fi/onto/koko/p32617', 'puheterapia (hoitomenetelmät)', 'talterapi', 'speech therapy'],
  raskausdiabetes: ['p62471', 'TERO', 'http://www.yso.fi/onto/koko/p16407', 'raskausdiabetes', 'graviditetsdiabetes', 'gestational diabetes'],
  varhaiskasvatus: ['p9399', 'JUPO', 'http://www.yso.fi/onto/koko/p33827;http://www.yso.fi/onto/koko/p30840', 'varhaiskasvatus', 'småbarnsfostran', 'early childhood education and care'],
  avoinVarhaiskasvatus: ['p54786', 'JUPO', 'http://www.yso.fi/onto/koko/p9399', 'avoin varhaiskasvatus', 'öppen småbarnsfostran', 'open early childhood education and care'],
  varhaiskasvatuspalvelut: ['p54498', 'TERO', 'http://www.yso.fi/onto/koko/p36438', 'varhaiskasvatuspalvelut', null, null],
  varhaiserityiskasvatus: ['p58988', 'TERO', 'http://www.yso.fi/onto/koko/p9399', 'varhaiserityiskasvatus', null, null],
  erityispaivahoito: ['p13527', 'YSO', 'http://www.yso.fi/onto/koko/p3474', 'erityispäivähoito', 'specialdagvård', 'special day care'],
  paivakotihoito: ['p69116', 'JUPO', 'http://www.yso.fi/onto/koko/p9399', 'päiväkotihoito', null, null],
  lastenPaivahoito: ['p58117', 'JUHO', 'http://www.yso.fi/onto/koko/p3474', 'lasten päivähoito', null, 'child day care'],
  perhepaivahoito: ['p5959', 'YSO', 'http://www.yso.fi/onto/koko/p3474', 'perhepäivähoito (päivähoito)', 'familjedagvård', 'family day care'],
  perhepaivahoitoVarhaiskasvatus: ['p77853', 'JUPO', 'http://www.yso.fi/onto/koko/p9399', 'perhepäivähoito (varhaiskasvatus)', 'familjedagvård', 'family day care'],
  ryhmaperhepaivahoito: ['p54888', 'TERO', 'http://www.yso.fi/onto/koko/p5959', 'ryhmäperhepäivähoito (perhepäivähoito (päivähoito))', 'gruppfamiljedagvård', 'group family day care'],
  ryhmaperhepaivahoitoVarhaiskasvatus: ['p77828', 'JUPO', 'http://www.yso.fi/onto/koko/p77853', 'ryhmäperhepäivähoito (perhepäivähoito (varhaiskasvatus))', 'gruppfamiljedagvård', 'group family day care'],
  kolmiperhepaivahoito: ['p55520', 'JUPO', 'http://www.yso.fi/onto/koko/p5959;http://www.yso.fi/onto/koko/p77853', 'kolmiperhepäivähoito', 'trefamiljedagvård', 'family day care in the homes of the children'],
  vuorohoito: ['p53864', 'YSO', 'http://www.yso.fi/onto/koko/p18203', 'vuorohoito', 'skiftesvård', 'nonstandard hour child care'],
  esiopetus: ['p5766', 'YSO', 'http://www.yso.fi/onto/koko/p33827', 'esiopetus', 'förskoleundervisning', 'pre-school education'],
  esikoulu: ['p11630', 'YSO', 'http://www.yso.fi/onto/koko/p48279', 'esikoulu', 'förskolan', 'preschool'],
  kotihoidontuki: ['p9239', 'JUPO', 'http://www.yso.fi/onto/koko/p75651', 'kotihoidontuki', 'hemvårdsstöd', 'home care subsidy'],
  yksityisenHoidonTuki: ['p72908', 'JUPO', 'http://www.yso.fi/onto/koko/p75651', 'yksityisen hoidon tuki (lastenhoidon tuet, sosiaalietuudet)', 'privatvårdsstöd', 'private day care allowance'],
  sosiaaliohjaus: ['p67955', 'JUPO', 'http://www.yso.fi/onto/koko/p18203', 'sosiaaliohjaus', 'socialhandledning', 'social guidance'],
  sosiaalipaivystys: ['p60126', 'JUPO', 'http://www.yso.fi/onto/koko/p18203', 'sosiaalipäivystys (sosiaalipalvelut)', null, null],
  perhekeskukset: ['p76747', 'TERO', 'http://www.yso.fi/onto/koko/p36172', 'perhekeskukset (keskukset)', 'familjecentra', null],
  perhekeskuksetSosiaalipalvelut: ['p52740', 'JUPO', 'http://www.yso.fi/onto/koko/p68313;http://www.yso.fi/onto/koko/p36172', 'perhekeskukset (keskukset, sosiaalipalveluja antavat palveluyksiköt)', 'familjecentraler', 'family centres'],
  perhesuunnitteluJaEhkaisyneuvolat: ['p67073', 'JUPO', 'http://www.yso.fi/onto/koko/p77844;http://www.yso.fi/onto/koko/p37040', 'perhesuunnittelu- ja ehkäisyneuvolat', 'familjeplanerings- och preventionsrådgivningsbyråer', 'family planning and contraceptive counselling centres'],
  ehkaisyneuvolat: ['p60102', 'TERO', 'http://www.yso.fi/onto/koko/p37040', 'ehkäisyneuvolat', null, null],
  seksuaalineuvonta: ['p15309', 'YSO', 'http://www.yso.fi/onto/koko/p35080;http://www.yso.fi/onto/koko/p48187', 'seksuaalineuvonta', 'sexualrådgivning', 'sexual counselling'],
  isyydenSelvittaminen: ['p68728', 'JUPO', 'http://www.yso.fi/onto/koko/p18203', 'isyyden selvittäminen', 'utredning av faderskap', 'paternity investigation'],
  elatusapu: ['p14715', 'YSO', 'http://www.yso.fi/onto/koko/p34757', 'elatusapu', 'underhållsbidrag', 'child support'],
  adoptio: ['p234', 'JUPO', 'http://www.yso.fi/onto/koko/p32625', 'adoptio', 'adoption', 'adoption'],
  adoptioneuvonta: ['p67620', 'JUPO', 'http://www.yso.fi/onto/koko/p18203', 'adoptioneuvonta (sosiaalipalvelut)', 'adoptionsrådgivning', 'adoption counselling'],
  psykologit: ['p826', 'YSO', 'http://www.yso.fi/onto/koko/p32854', 'psykologit', 'psykologer', 'psychologists'],
  mielenterveyspalvelut: ['p14390', 'YSO', 'http://www.yso.fi/onto/koko/p12249', 'mielenterveyspalvelut', 'mentalvårdstjänster', 'mental health services'],
  kouluterveydenhuolto: ['p2223', 'JUPO', 'http://www.yso.fi/onto/koko/p2062', 'kouluterveydenhuolto', 'skolhälsovård', 'school health care'],
  lastenHammashoito: ['p56093', 'TERO', 'http://www.yso.fi/onto/koko/p60204;http://www.yso.fi/onto/koko/p13395', 'lasten hammashoito', 'barntandvård', 'child dental health care'],
  kouluterveydenhoitajat: ['p53102', 'TERO', 'http://www.yso.fi/onto/koko/p32854', 'kouluterveydenhoitajat', null, null],
  kasvatus: ['p30840', 'JUPO', 'http://www.yso.fi/onto/koko/p33778;http://www.yso.fi/onto/koko/p34717', 'kasvatus', 'fostran', 'upbringing'],
  lastenJaNuortenOsallisuus: ['p65414', 'JUPO', 'http://www.yso.fi/onto/koko/p35853', 'lasten ja nuorten osallisuus', 'barns och ungdomars medverkan', 'the involvement of children and young people'],
  perusopetus: ['p1275', 'YSO', 'http://www.yso.fi/onto/koko/p33827', 'perusopetus', 'basundervisning', 'basic education'],
  peruskoulu: ['p14592', 'YSO', 'http://www.yso.fi/onto/koko/p48279', 'peruskoulu', 'grundskolan', 'comprehensive school'],
  oppilashuolto: ['p7638', 'JUPO', 'http://www.yso.fi/onto/koko/p36160', 'oppilashuolto', 'elevvård', 'pupil welfare'],
  erityisopetus: ['p9092', 'JUPO', 'http://www.yso.fi/onto/koko/p5929;http://www.yso.fi/onto/koko/p33827', 'erityisopetus', 'specialundervisning', 'special education (teaching)'],
  kouluruokailu: ['p10102', 'JUPO', 'http://www.yso.fi/onto/koko/p9883', 'kouluruokailu', 'skolbespisning', 'school catering'],
  koulukuljetus: ['p13650', 'JUPO', 'http://www.yso.fi/onto/koko/p35680', 'koulukuljetus', 'skoltransport', 'school transport'],
  opintoOhjaus: ['p5541', 'JUPO', 'http://www.yso.fi/onto/koko/p77930', 'opinto-ohjaus', 'studievägledning', 'educational counselling'],
  valmistavaOpetus: ['p6010', 'JUPO', 'http://www.yso.fi/onto/koko/p33827', 'valmistava opetus', 'förberedande undervisning', 'preparatory education'],
  suomiToisenaKielena: ['p65602', 'JUPO', 'http://www.yso.fi/onto/koko/p33827', 'suomi toisena kielenä opetus', 'undervisning i finska som andra språk', 'Finnish as a second language teaching'],
  joustavaPerusopetus: ['p68246', 'JUPO', 'http://www.yso.fi/onto/koko/p33827', 'joustava esi- ja perusopetus', 'flexibel förskole- och grundundervisning', 'flexible pre-primary and basic education'],
  kunnallisetPaivakodit: ['p69458', 'JUPO', 'http://www.yso.fi/onto/koko/p34607', 'kunnalliset päiväkodit', 'kommunala daghem', 'municipal nursery schools'],
  lukiokoulutus: ['p75844', 'JUPO', 'http://www.yso.fi/onto/koko/p33827', 'lukiokoulutus (opetus)', 'gymnasieutbildning', 'general upper secondary education'],
  ammatillinenKoulutus: ['p13621', 'JUPO', 'http://www.yso.fi/onto/koko/p36950;http://www.yso.fi/onto/koko/p33827', 'ammatillinen koulutus', 'yrkesinriktad utbildning', 'occupational education'],
  nuorisotyo: ['p14497', 'YSO', 'http://www.yso.fi/onto/koko/p33881', 'nuorisotyö', 'ungdomsarbete', 'youth work'],
  etsivaNuorisotyo: ['p62202', 'YSO', 'http://www.yso.fi/onto/koko/p1759;http://www.yso.fi/onto/koko/p3037', 'etsivä nuorisotyö', 'uppsökande ungdomsverksamhet', 'outreach youth work'],
  verkkonuorisotyo: ['p60839', 'YSO', 'http://www.yso.fi/onto/koko/p14497', 'verkkonuorisotyö', 'ungdomsarbete på nätet', 'online youth work'],
  nuorisoneuvonta: ['p75625', 'JUPO', 'http://www.yso.fi/onto/koko/p35080', 'nuorisoneuvonta', 'ungdomsrådgivning', 'youth counselling'],
  nuorisotilat: ['p30853', 'YSO', 'http://www.yso.fi/onto/koko/p34942', 'nuorisotilat', 'ungdomslokaler', 'youth recreational facilities'],
  nuorisokerhot: ['p53947', 'TERO', 'http://www.yso.fi/onto/koko/p15932', 'nuorisokerhot', 'ungdomsföreningar', 'youth clubs'],
  nuori: ['p58671', 'TERO', 'http://www.yso.fi/onto/koko/p34010', 'nuori (13-18 vuotta)', 'ungdomar', 'adolescent'],
  harrastusJaKerhotoiminta: ['p66986', 'JUPO', 'http://www.yso.fi/onto/koko/p18203', 'harrastus- ja kerhotoiminta', 'hobby- och klubbverksamhet', 'hobby and club activities'],
  leikkipuistot: ['p32576', 'JUPO', 'http://www.yso.fi/onto/koko/p11148;http://www.yso.fi/onto/koko/p34333', 'leikkipuistot', 'lekparker', 'playgrounds'],
  liikunta: ['p30612', 'JUPO', 'http://www.yso.fi/onto/koko/p35142', 'liikunta', 'motion (idrott)', 'physical training'],
  urheilu: ['p48399', 'JUPO', 'http://www.yso.fi/onto/koko/p35142', 'urheilu', 'idrott', 'sports'],
  uinti: ['p32246', 'JUPO', 'http://www.yso.fi/onto/koko/p18621;http://www.yso.fi/onto/koko/p48399', 'uinti', 'simning', 'swimming'],
  uimahallit: ['p11070', 'JUPO', 'http://www.yso.fi/onto/koko/p75672;http://www.yso.fi/onto/koko/p66287;http://www.yso.fi/onto/koko/p35315;http://www.yso.fi/onto/koko/p33522', 'uimahallit', 'simhallar', 'indoor swimming pools (sports halls)'],
  ulkoilu: ['p31732', 'JUPO', 'http://www.yso.fi/onto/koko/p35142', 'ulkoilu', 'friluftsliv', 'outdoor recreation'],
  liikuntapalvelut: ['p2867', 'JUPO', 'http://www.yso.fi/onto/koko/p36438', 'liikuntapalvelut', 'motionstjänster', 'physical activity services'],
  kirjastopalvelut: ['p15530', 'JUPO', 'http://www.yso.fi/onto/koko/p72236', 'kirjastopalvelut', 'biblioteksservice', 'library services'],
  kulttuuripalvelut: ['p72236', 'JUPO', 'http://www.yso.fi/onto/koko/p36438', 'kulttuuripalvelut', 'kulturtjänster', 'cultural services'],
  museot: ['p35910', 'JUPO', 'http://www.yso.fi/onto/koko/p56133;http://www.yso.fi/onto/koko/p59220', 'museot', 'museer', 'museums'],
  kansalaisopistot: ['p32167', 'YSO', 'http://www.yso.fi/onto/koko/p32084', 'kansalaisopistot', 'medborgarinstitut', 'adult education centres'],
  tapahtumat: ['p35733', 'JUPO', 'http://www.yso.fi/onto/koko/p35417', 'tapahtumat', 'händelser', 'events'],
  avustukset: ['p34757', 'JUPO', 'http://www.yso.fi/onto/koko/p63861;http://www.yso.fi/onto/koko/p13760', 'avustukset', 'understöd (bidrag)', 'financial aid'],
  palveluohjaus: ['p6198', 'JUPO', 'http://www.yso.fi/onto/koko/p77930', 'palveluohjaus', 'servicerådgivning', 'service counselling'],
  paivystys: ['p14988', 'YSO', 'http://www.yso.fi/onto/koko/p31480', 'päivystys', 'jour', 'on-call duty'],
  paivystyspalvelut: ['p75845', 'JUPO', 'http://www.yso.fi/onto/koko/p12249', 'päivystyspalvelut', 'jourservice', 'emergency services'],
  vammaispalvelut: ['p70909', 'TERO', 'http://www.yso.fi/onto/koko/p18203', 'vammaispalvelut', 'handikappservice', 'services for the disabled'],
  henkilokohtainenApu: ['p51950', 'JUPO', 'http://www.yso.fi/onto/koko/p18203', 'henkilökohtainen apu (sosiaalipalvelut)', 'personlig hjälp', 'personal assistance'],
  fysioterapia: ['p72543', 'JUPO', 'http://www.yso.fi/onto/koko/p71852', 'fysioterapia', 'fysioterapi', 'physiotherapy'],
  toimintaterapia: ['p8924', 'YSO', 'http://www.yso.fi/onto/koko/p14146', 'toimintaterapia (psykoterapia (hoitomenetelmät))', 'ergoterapi', 'occupational therapy'],
  apuvalineet: ['p36615', 'JUPO', 'http://www.yso.fi/onto/koko/p31786', 'apuvälineet', 'hjälpmedel', 'aids (implements)'],
  laakinnallinenKuntoutus: ['p14366', 'JUPO', 'http://www.yso.fi/onto/koko/p3951', 'lääkinnällinen kuntoutus', 'medicinsk rehabilitering', 'medical rehabilitation'],
  omaishoidonTuki: ['p5808', 'JUPO', 'http://www.yso.fi/onto/koko/p18203', 'omaishoidon tuki', 'stöd för anhörigvård', 'support for informal care'],
  omaishoito: ['p3084', 'JUPO', 'http://www.yso.fi/onto/koko/p6379;http://www.yso.fi/onto/koko/p18401', 'omaishoito', 'närståendevård', 'caring for close relatives'],
  kotihoito: ['p77834', 'JUPO', 'http://www.yso.fi/onto/koko/p18203', 'kotihoito (sosiaalipalvelut)', 'hemvård', 'home care'],
  kotisairaanhoito: ['p3356', 'YSO', 'http://www.yso.fi/onto/koko/p18401', 'kotisairaanhoito', 'hemsjukvård', 'home nursing'],
  vanhuspalvelut: ['p70914', 'TERO', 'http://www.yso.fi/onto/koko/p18203', 'vanhuspalvelut', 'äldreservice', 'services for older people'],
  muistisairaat: ['p70219', 'TERO', 'http://www.yso.fi/onto/koko/p17924', 'muistisairaat', 'minnessjuka', 'people with memory disorders'],
  kotiateriapalvelut: ['p66729', 'JUPO', 'http://www.yso.fi/onto/koko/p48304', 'kotiateriapalvelut', 'måltidsservice för hushåll', 'home meal services'],
  kuljetuspalvelut: ['p7545', 'YSO', 'http://www.yso.fi/onto/koko/p36438', 'kuljetuspalvelut (palvelut)', 'färdtjänst', 'transport services'],
  asumispalvelut: ['p17574', 'JUPO', 'http://www.yso.fi/onto/koko/p18203', 'asumispalvelut', 'boendeservice', 'housing services'],
  palveluasuminen: ['p56253', 'JUPO', 'http://www.yso.fi/onto/koko/p17574', 'palveluasuminen (asumispalvelut)', 'serviceboende', 'assisted living'],
  paihdehuolto: ['p12968', 'JUPO', 'http://www.yso.fi/onto/koko/p18203;http://www.yso.fi/onto/koko/p11412', 'päihdehuolto', 'missbrukarvård', 'social work with intoxicant abusers'],
  paihdekuntoutus: ['p72032', 'TERO', 'http://www.yso.fi/onto/koko/p3951', 'päihdekuntoutus (kuntoutus)', 'missbrukarrehabilitering', 'substance abuse rehabilitation'],
  huumeneuvonta: ['p63904', 'TERO', 'http://www.yso.fi/onto/koko/p35080', 'huumeneuvonta', 'drogrådgivning', 'drugs counselling'],
  psyykkinenTrauma: ['p62523', 'TERO', 'http://www.yso.fi/onto/koko/p34134', 'psyykkinen trauma', 'psykiskt trauma', 'psychic trauma'],
  kuolema: ['p34462', 'JUPO', 'http://www.yso.fi/onto/koko/p73177;http://www.yso.fi/onto/koko/p25311', 'kuolema', 'döden', 'death'],
  laakarinvastaanotot: ['p68520', 'JUPO', 'http://www.yso.fi/onto/koko/p67664', 'lääkärinvastaanotot', 'läkarmottagningar', 'doctors\' offices'],
  sairaanhoitajanVastaanotot: ['p68815', 'JUPO', 'http://www.yso.fi/onto/koko/p67664', 'sairaanhoitajan vastaanotot', 'sjukskötarmottagningar', 'nurse\'s appointments'],
  terveystarkastukset: ['p4603', 'JUPO', 'http://www.yso.fi/onto/koko/p869;http://www.yso.fi/onto/koko/p34179', 'terveystarkastukset', 'hälsokontroller', 'health examinations'],
  seulontatutkimus: ['p9251', 'JUPO', 'http://www.yso.fi/onto/koko/p36376', 'seulontatutkimus', 'screening', 'medical screening'],
  hammashuolto: ['p13395', 'JUPO', 'http://www.yso.fi/onto/koko/p2062', 'hammashuolto', 'tandvård', 'dental care (public health service)'],
  potilasasiamiehet: ['p609', 'JUPO', 'http://www.yso.fi/onto/koko/p5289', 'potilasasiamiehet', 'patientombudsmän', 'patient ombudsmen'],
  dnaTestit: ['p64557', 'YSO', 'http://www.yso.fi/onto/koko/p10657', 'DNA-testit', 'dna-test', 'DNA tests'],
  kotouttaminen: ['p36467', 'JUPO', 'http://www.yso.fi/onto/koko/p32625', 'kotouttaminen', 'integrationsfrämjande', 'integrative measures'],
  maahanmuuttajat: ['p30529', 'JUPO', 'http://www.yso.fi/onto/koko/p34096;http://www.yso.fi/onto/koko/p37018', 'maahanmuuttajat', 'invandrare', 'immigrants'],
  kuntouttavaTyotoiminta: ['p15890', 'JUPO', 'http://www.yso.fi/onto/koko/p18566', 'kuntouttava työtoiminta', 'arbetsverksamhet i rehabiliteringssyfte', 'rehabilitative work experience'],
  kesatyopaikat: ['p68836', 'JUPO', 'http://www.yso.fi/onto/koko/p36495', 'kesätyöpaikat', 'sommararbetsplatser', 'summer jobs'],
  kunnallisetVuokraAsunnot: ['p1734', 'YSO', 'http://www.yso.fi/onto/koko/p36586', 'kunnalliset vuokra-asunnot', 'kommunala hyresbostäder', 'municipal rental dwellings'],
  rakennusvalvonta: ['p31057', 'JUPO', 'http://www.yso.fi/onto/koko/p35439', 'rakennusvalvonta', 'byggnadstillsyn', 'supervisory control of building'],
  rakentamisenLuvat: ['p65281', 'JUPO', 'http://www.yso.fi/onto/koko/p32857', 'rakentamisen luvat', 'bygglov', 'construction permits'],
  rakennusJaToimenpideluvat: ['p65675', 'JUPO', 'http://www.yso.fi/onto/koko/p65281', 'rakennus- ja toimenpideluvat', 'byggnads- och åtgärdstillstånd', 'construction permits and planning permissions for minor construction'],
  purkamisluvat: ['p68142', 'JUPO', 'http://www.yso.fi/onto/koko/p65281', 'purkamisluvat', 'rivningstillstånd', 'demolition permits'],
  tontit: ['p4911', 'JUPO', 'http://www.yso.fi/onto/koko/p18755', 'tontit', 'tomter', 'plots of land'],
  kaavoitus: ['p33533', 'JUPO', 'http://www.yso.fi/onto/koko/p25288;http://www.yso.fi/onto/koko/p13640', 'kaavoitus', 'planläggning', 'planning (zoning)'],
  asemakaavat: ['p39878', 'JUPO', 'http://www.yso.fi/onto/koko/p65315', 'asemakaavat (kaavat)', 'detaljplaner', 'zoning plans'],
  kadut: ['p34030', 'JUPO', 'http://www.yso.fi/onto/koko/p33793', 'kadut', 'gator', 'streets'],
  tienpito: ['p18841', 'YSO', 'http://www.yso.fi/onto/koko/p25523', 'tienpito', 'väghållning', 'road maintenance'],
  jatehuolto: ['p36676', 'JUPO', 'http://www.yso.fi/onto/koko/p36160;http://www.yso.fi/onto/koko/p33180', 'jätehuolto', 'avfallshantering', 'waste management'],
  vesihuolto: ['p36311', 'YSO', 'http://www.yso.fi/onto/koko/p36160', 'vesihuolto', 'vattentjänster', 'water services'],
  puistot: ['p34333', 'JUPO', 'http://www.yso.fi/onto/koko/p33392', 'puistot', 'parker', 'parks'],
  liikenne: ['p71582', 'JUPO', 'http://www.yso.fi/onto/koko/p35142', 'liikenne', 'trafik', 'traffic'],
  ymparistoilmoitukset: ['p67947', 'JUPO', 'http://www.yso.fi/onto/koko/p13673;http://www.yso.fi/onto/koko/p73603', 'ympäristöilmoitukset', 'miljöanmälan', 'environmental notifications'],
  elainlaakarit: ['p33833', 'JUPO', 'http://www.yso.fi/onto/koko/p32854', 'eläinlääkärit', 'veterinärer', 'veterinarians'],
  elintarvikevalvonta: ['p1767', 'JUPO', 'http://www.yso.fi/onto/koko/p35439', 'elintarvikevalvonta', 'livsmedelsövervakning', 'food control and monitoring'],
  vaestotiedot: ['p55228', 'JUPO', 'http://www.yso.fi/onto/koko/p34386', 'väestötiedot', 'befolkningsdata', 'population data'],
  tietosuoja: ['p3682', 'JUPO', 'http://www.yso.fi/onto/koko/p35296;http://www.yso.fi/onto/koko/p80431', 'tietosuoja', 'datasekretess', 'data privacy'],
  arkistot: ['p36469', 'JUPO', 'http://www.yso.fi/onto/koko/p56133', 'arkistot', 'arkiv', 'archives (memory organisations)'],
  kuntalaisaloitteet: ['p70111', 'YSO', 'http://www.yso.fi/onto/koko/p7617', 'kuntalaisaloitteet', 'invånarinitiativ', 'initiatives to municipal authorities'],
  osallistuminen: ['p35770', 'JUPO', 'http://www.yso.fi/onto/koko/p34717', 'osallistuminen', 'deltagande', 'participation'],
  rajankaynti: ['p67754', 'JUPO', 'http://www.yso.fi/onto/koko/p13588', 'rajankäynti', 'rågång', 'demarcation'],
  kiinteistotoimitus: ['p13588', 'YSO', 'http://www.yso.fi/onto/koko/p13706', 'kiinteistötoimitus', 'fastighetsförrättning', 'cadastral procedures'],
  tilojenVuokraus: ['p66934', 'JUPO', 'http://www.yso.fi/onto/koko/p31034', 'tilojen vuokraus', 'uthyrning av lokaler', 'space rentals'],
  yritykset: ['p35011', 'YSO', 'http://www.yso.fi/onto/koko/p48190', 'yritykset', 'företag', 'enterprises'],
} as const satisfies Record<string, TermRow>;

export type TermKey = keyof typeof termRows;

export interface OntologyTerm {
  key: TermKey;
  uri: string;
  ontologyType: string | null;
  parentUri: string | null;
  label: { fi: string; sv: string | null; en: string | null };
}

/** The concept behind a term key; throws on an unknown key so template typos fail at load. */
export function ontologyTerm(key: string): OntologyTerm {
  const row = (termRows as Record<string, TermRow>)[key];
  if (!row) throw new Error(`demo data: unknown ontology term key "${key}"`);
  const [id, ontologyType, parentUri, fi, sv, en] = row;
  return { key: key as TermKey, uri: kokoBase + id, ontologyType, parentUri, label: { fi, sv, en } };
}

/** Builds the PTV finto item for an ontology term: no code, no description, no newUri. */
export function ontologyTermItem(key: string): Record<string, unknown> {
  const term = ontologyTerm(key);
  const name = (['fi', 'sv', 'en'] as const)
    .filter((lang) => term.label[lang] !== null)
    .map((lang) => ({ value: term.label[lang], language: lang }));
  return { name, code: null, ontologyType: term.ontologyType, uri: term.uri, parentId: null, parentUri: term.parentUri };
}
