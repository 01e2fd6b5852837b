import { tpl, type ServiceTemplate } from './service-template';

/**
 * NGO and parish services. Local MLL branches, 4H clubs and the like reach PTV through
 * Lähellä.fi, which maps their announcements to broad classes (P4.12, KR1.2) and few
 * keywords; national NGOs maintain their own, richer descriptions.
 */

/** Published by every local MLL branch: "MLL:n perhekahvila, Loviisa". */
export const mllBranchTemplates: readonly ServiceTemplate[] = [
  tpl('mll-perhekahvila', 'MLL:n perhekahvila', 'MLL:s familjecafé',
    'Perhekahvilassa vanhemmat ja lapset tapaavat toisiaan leikin ja kahvin merkeissä.', 'På familjecaféet träffas föräldrar och barn över lek och kaffe.', '@mun P4.12 KR1.2 #harrastusJaKerhotoiminta'),
  tpl('mll-lastenhoitoapu', 'MLL:n lastenhoitoapu', 'MLL:s barnvaktshjälp',
    'Koulutettu lastenhoitaja tulee kotiin hoitamaan lasta tilapäisesti.', 'En utbildad barnvakt kommer hem och tar hand om barnet tillfälligt.', '@mun P4.3 P4.12 KR1.2 #kotipalvelu $paid'),
  tpl('mll-vauvakerho', 'MLL:n vauvakerho', 'MLL:s babyklubb',
    'Vauvakerhossa vauvaperheet laulavat, leikkivät ja jakavat kokemuksia.', 'I babyklubben sjunger, leker och delar babyfamiljer erfarenheter.', '@mun P4.12 KR1.2 KE1 #harrastusJaKerhotoiminta'),
  tpl('mll-vertaisryhmat', 'MLL:n vertaisryhmät vanhemmille', 'MLL:s kamratgrupper för föräldrar',
    'Ohjatut vertaisryhmät vanhemmille, esimerkiksi isä–lapsi-illat ja monikkoperheiden ryhmät.', 'Ledda kamratgrupper för föräldrar, till exempel pappa–barn-kvällar och grupper för flerlingsfamiljer.', '@mun P4.12 P3.7 KR1.2'),
  tpl('mll-kummimummit', 'MLL:n kummimummi- ja kummivaaritoiminta', 'MLL:s fadder-mor- och farföräldrar',
    'Vapaaehtoinen kummimummi tai -vaari tuo perheeseen isovanhemman läsnäoloa.', 'En frivillig fadder-mor- eller farförälder ger familjen en morförälders närvaro.', '@mun P4.12 KR1.2'),
  tpl('mll-tukioppilas', 'MLL:n tukioppilastoiminta', 'MLL:s stödelevsverksamhet',
    'Tukioppilaat edistävät hyvinvointia ja turvallisuutta koulussa.', 'Stödeleverna främjar välbefinnande och trygghet i skolan.', '@mun P28.6 KR1.3 #lastenJaNuortenOsallisuus'),
];

/** Folkhälsan's local associations publish in Swedish first, Finnish second. */
export const folkhalsanTemplates: readonly ServiceTemplate[] = [
  tpl('fh-familjecafe', 'Folkhälsanin perhekahvila', 'Folkhälsans familjecafé',
    'Kaksikielinen perhekahvila vauvoille ja pikkulapsille vanhempineen.', 'Tvåspråkigt familjecafé för babyer och småbarn med föräldrar.', '@mun P4.12 KR1.2 #harrastusJaKerhotoiminta'),
  tpl('fh-babysim', 'Vauvauinti', 'Babysim',
    'Ohjattua vauvauintia 2–12 kuukauden ikäisille vauvoille ja vanhemmille.', 'Ledd babysim för babyer i åldern 2–12 månader och deras föräldrar.', '@mun P27.1 KR1.2 KE1 #uinti $paid'),
  tpl('fh-simskola', 'Uimakoulu lapsille', 'Simskola för barn',
    'Ruotsinkielisiä uimakouluja 5–10-vuotiaille.', 'Simskolor på svenska för barn i åldern 5–10 år.', '@mun P27.1 KR1.2 #uinti $paid'),
  tpl('fh-foraldragrupp', 'Vanhempainryhmät', 'Föräldragrupper',
    'Vertaisryhmiä odottaville ja vastasyntyneiden vanhemmille ruotsiksi.', 'Kamratgrupper på svenska för blivande föräldrar och föräldrar till nyfödda.', '@mun P4.12 P3.2 KR1.2 KE1'),
  tpl('fh-lekis', 'Leikkikoulu', 'Lekis',
    'Ruotsinkielinen leikkikoulu 3–5-vuotiaille muutamana aamupäivänä viikossa.', 'Svenskspråkig lekskola för barn i åldern 3–5 år några förmiddagar i veckan.', '@mun P3.4 P25.5 KR1.2 #avoinVarhaiskasvatus $paid'),
];

/** Parish work with families; the Swedish parishes publish the same kinds in Swedish. */
export const parishTemplates: readonly ServiceTemplate[] = [
  tpl('srk-perhekerho', 'Perhekerho', 'Familjeklubb',
    'Seurakunnan perhekerho on avoin kohtaamispaikka lapsille ja aikuisille.', 'Församlingens familjeklubb är en öppen mötesplats för barn och vuxna.', '@mun P25.6 P4.12 KR1.2 #harrastusJaKerhotoiminta'),
  tpl('srk-paivakerho', 'Päiväkerho', 'Dagklubb',
    'Päiväkerho 3–5-vuotiaille kahtena aamupäivänä viikossa.', 'Dagklubb för barn i åldern 3–5 år två förmiddagar i veckan.', '@mun P25.6 P3.4 KR1.2 #avoinVarhaiskasvatus $paid'),
  tpl('srk-vauvakirkko', 'Vauvakirkko', 'Babykyrka',
    'Lyhyt laulujen ja lorujen hetki vauvoille ja vanhemmille kirkossa.', 'En kort stund med sånger och ramsor för babyer och föräldrar i kyrkan.', '@mun P25.6 KR1.2 KE1'),
  tpl('srk-kaste', 'Kaste', 'Dop',
    'Kasteesta sovitaan seurakunnan kanssa hyvissä ajoin.', 'Dopet avtalas med församlingen i god tid.', '@mun P25.6 KR1.2 KE1'),
  tpl('srk-rippikoulu', 'Rippikoulu', 'Skriftskola',
    'Rippikoulu on 15-vuotiaiden leiri tai päivärippikoulu.', 'Skriftskolan är ett läger eller en dagskriftskola för 15-åringar.', '@mun P25.6 KR1.3 $paid'),
  tpl('srk-diakonia', 'Diakoniatyön avustukset ja keskusteluapu', 'Diakoniarbetets understöd och samtalshjälp',
    'Diakoniatyöntekijä tukee taloudellisissa ja elämän kriiseissä.', 'Diakoniarbetaren ger stöd vid ekonomiska kriser och kriser i livet.', '@mun P25.6 P15.1 KR1 KE9 #avustukset'),
  tpl('srk-vihkiminen', 'Avioliittoon vihkiminen', 'Vigsel',
    'Kirkollisesta vihkimisestä sovitaan seurakunnan kanssa.', 'Kyrklig vigsel avtalas med församlingen.', '@mun P25.6 P3.1 KR1'),
  tpl('srk-sururyhma', 'Sururyhmät', 'Sorggrupper',
    'Vertaisryhmä läheisensä menettäneille.', 'Kamratgrupp för dem som förlorat en närstående.', '@mun P25.6 P5.16 KR1 KE14 #kuolema'),
];

/** The family counselling centre of the parish union (kirkon perheneuvonta). */
export const parishUnionTemplates: readonly ServiceTemplate[] = [
  tpl('perheasiain-neuvottelukeskus', 'Perheasiain neuvottelukeskus', 'Familjerådgivningscentralen',
    'Kirkon perheneuvonta auttaa parisuhteen, perheen ja eron kriiseissä maksutta.', 'Kyrkans familjerådgivning hjälper avgiftsfritt vid kriser i parförhållandet, familjen och skilsmässa.', 'P3.1 P3.7 KR1 KE7 #perheneuvonta'),
  tpl('parisuhdeleirit', 'Parisuhdeleirit ja -kurssit', 'Parläger och parkurser',
    'Viikonloppuleirejä ja kursseja parisuhteen hoitamiseen.', 'Veckoslutsläger och kurser för att vårda parförhållandet.', 'P3.1 KR1 $paid'),
  tpl('hautaan-siunaaminen', 'Hautaan siunaaminen', 'Jordfästning',
    'Seurakunta neuvoo siunaustilaisuuden ja hautajaisten järjestämisessä.', 'Församlingen ger råd om jordfästning och begravning.', 'P25.6 KR1 KE14 #kuolema'),
];
