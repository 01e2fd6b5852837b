import { tpl, type ServiceTemplate } from './service-template';

/**
 * Services of individual NGOs, keyed by organisation key (demo-organizations.ts). Each
 * service takes its organisation's area: nationwide for the national NGOs, Uusimaa for
 * district-level ones, a few municipalities for local associations.
 */
export const ngoTemplates: Readonly<Record<string, readonly ServiceTemplate[]>> = {
  'mll-keskusjarjesto': [
    tpl('mll-lasten-ja-nuorten-puhelin', 'Lasten ja nuorten puhelin ja chat', 'Telefon och chatt för barn och unga', 'Maksuton ja nimetön puhelin ja chat lapsille ja nuorille.', 'Avgiftsfri och anonym telefon och chatt för barn och unga.', 'P5.17 P28.5 KR1.2 KR1.3 #nuorisoneuvonta'),
    tpl('mll-vanhempainpuhelin', 'Vanhempainpuhelin', 'Föräldratelefonen', 'Vanhempainpuhelimessa voit puhua kasvatuksesta ja perheen arjesta nimettömänä.', 'På föräldratelefonen kan du anonymt prata om fostran och familjens vardag.', 'P3.7 KR1.2 #kasvatusneuvonta'),
    tpl('mll-vanhempainnetti', 'Vanhempainnetti', 'Föräldranätet', 'Tietoa lapsen kehityksestä ja kasvatuksesta vanhemmille verkossa.', 'Information på nätet till föräldrar om barnets utveckling och fostran.', 'P3.7 KR1.2 #kasvatusneuvonta #kasvatus'),
    tpl('mll-nuortennetti', 'Nuortennetti', 'Ungdomsnätet', 'Tietoa ja tukea nuorille kasvuun, ihmissuhteisiin ja hyvinvointiin.', 'Information och stöd för unga om växande, relationer och välbefinnande.', 'P28.5 KR1.3 #verkkonuorisotyo'),
  ],
  'mll-uusimaa': [
    tpl('mll-perhekummit', 'Perhekummitoiminta', 'Familjefaddrar', 'Vapaaehtoinen perhekummi tukee lapsiperhettä arjessa noin vuoden ajan.', 'En frivillig familjefadder stöder barnfamiljen i vardagen under cirka ett år.', 'P4.12 P3.6 KR1.2'),
    tpl('mll-tukioppilaskoulutus', 'Tukioppilastoiminnan koulutukset', 'Utbildningar för stödelevsverksamhet', 'Koulutuksia tukioppilaille ja heidän ohjaajilleen.', 'Utbildningar för stödelever och deras handledare.', 'P28.6 KR1.3 KR3'),
  ],
  'ensi-ja-turvakotien-liitto': [
    tpl('etkl-nettiturvakoti', 'Nettiturvakoti', 'Nätskyddshemmet', 'Tietoa ja tukea väkivaltaa kokeneille ja sen kanssa työskenteleville.', 'Information och stöd för dem som utsatts för våld och för yrkesverksamma.', 'P4.13 KR1 #psyykkinenTrauma'),
    tpl('etkl-pida-kiinni', 'Pidä kiinni -hoitojärjestelmä', 'Håll om-vårdsystemet', 'Tukea raskaana oleville ja vauvaperheille, joilla on päihdeongelma.', 'Stöd för gravida och babyfamiljer med missbruksproblem.', 'P5.7 P3.6 KR1.2 KE1 #paihdehuolto #paihdekuntoutus'),
    tpl('etkl-apua-eroon', 'Apua eroon -verkkopalvelu', 'Hjälp vid skilsmässa på nätet', 'Tietoa ja tukea eroa harkitseville ja eronneille vanhemmille.', 'Information och stöd för föräldrar som överväger skilsmässa eller har skilt sig.', 'P3.5 KR1.2 KE7'),
  ],
  'helsingin-ensi-ja-turvakoti': [
    tpl('hetk-ensikoti', 'Ensikoti', 'Mödrahem', 'Ensikodissa vauvaperhe saa ympärivuorokautista tukea vanhemmuuteen.', 'På mödrahemmet får babyfamiljen stöd i föräldraskapet dygnet runt.', 'P3.8 P3.6 KR1.2 KE1 #lastensuojelunAvohuolto'),
    tpl('hetk-turvakoti', 'Turvakoti', 'Skyddshem', 'Turvakoti antaa suojaa ja apua lähisuhdeväkivaltaa kokeneille ympäri vuorokauden.', 'Skyddshemmet ger skydd och hjälp dygnet runt för dem som utsatts för våld i nära relationer.', 'P4.13 KR1 KR1.2 #psyykkinenTrauma'),
  ],
  vaestoliitto: [
    tpl('vl-parisuhdeneuvonta', 'Parisuhdeneuvonta verkossa', 'Parrådgivning på nätet', 'Tietoa ja harjoituksia parisuhteen vahvistamiseen.', 'Information och övningar för att stärka parförhållandet.', 'P3.1 KR1 #perheneuvonta'),
    tpl('vl-erokriisiryhmat', 'Erokriisiryhmät', 'Grupper för skilsmässokris', 'Vertaisryhmät eron kokeneille aikuisille.', 'Kamratgrupper för vuxna som gått igenom en skilsmässa.', 'P3.1 P3.5 KR1 KE7 $paid'),
    tpl('vl-poikien-puhelin', 'Poikien puhelin ja chat', 'Pojktelefonen och chatten', 'Nimetön keskusteluapu pojille ja nuorille miehille.', 'Anonym samtalshjälp för pojkar och unga män.', 'P28.5 KR1.3 #nuorisoneuvonta'),
    tpl('vl-hedelmallisyys', 'Hedelmällisyysneuvonta', 'Fertilitetsrådgivning', 'Tietoa hedelmällisyydestä ja lapsettomuudesta.', 'Information om fertilitet och ofrivillig barnlöshet.', 'P3.2 KR1 KE1 #seksuaalineuvonta'),
    tpl('vl-seksuaaliterveys-nuoret', 'Nuorten seksuaaliterveyden chat', 'Chatt om sexuell hälsa för unga', 'Anonyymi chat nuorille seksuaalisuudesta ja seurustelusta.', 'Anonym chatt för unga om sexualitet och seurustling.', 'P5.17 KR1.3 #seksuaalineuvonta'),
  ],
  'pelastakaa-lapset': [
    tpl('pela-tukiperheet', 'Tukiperhetoiminta', 'Stödfamiljsverksamhet', 'Koulutetut tukiperheet tarjoavat lapselle viikonloppuja toisessa perheessä.', 'Utbildade stödfamiljer erbjuder barnet veckoslut i en annan familj.', 'P3.6 P3.8 KR1.2 #lastensuojelunAvohuolto'),
    tpl('pela-sijaisperheet', 'Sijaisperheiden valmennus', 'Utbildning av familjehem', 'PRIDE-valmennus sijais- ja adoptioperheiksi aikoville.', 'PRIDE-förberedelse för blivande familjehem och adoptivfamiljer.', 'P4.6 KR1.2 #lastensuojelunSijaishuolto'),
  ],
  'yhden-vanhemman-perheiden-liitto': [
    tpl('yvpl-eroperheiden-vertaisryhmat', 'Eroperheiden vertaisryhmät', 'Kamratgrupper för skilsmässofamiljer', 'Vertaisryhmät eronneille vanhemmille ja eroperheiden lapsille.', 'Kamratgrupper för skilda föräldrar och barn i skilsmässofamiljer.', 'P3.5 P4.12 KR1.2 KE7'),
    tpl('yvpl-neuvonta', 'Yhden vanhemman perheiden neuvonta', 'Rådgivning för enföräldersfamiljer', 'Neuvontaa elatukseen, tapaamisiin ja arjen asioihin.', 'Rådgivning om underhåll, umgänge och vardagsfrågor.', 'P3.5 P3.9 KR1.2 KE7 #elatusapu'),
  ],
  mieli: [
    tpl('mieli-kriisipuhelin', 'Kriisipuhelin', 'Kristelefonen', 'Keskusteluapua kriisissä oleville ja heidän läheisilleen.', 'Samtalshjälp för människor i kris och deras närstående.', 'P5.7 KR1 KE14 #mielenterveyspalvelut #psyykkinenTrauma'),
    tpl('mieli-sekasin', 'Sekasin-chat', 'Sekasin-chatten', 'Valtakunnallinen chat 12–29-vuotiaille nuorille.', 'Riksomfattande chatt för unga i åldern 12–29 år.', 'P5.7 P28.5 KR1.3 #mielenterveyspalvelut #verkkonuorisotyo'),
  ],
  'porvoon-seudun-mielenterveysseura': [
    tpl('psms-vertaisryhmat', 'Mielenterveyden vertaisryhmät', 'Kamratgrupper för psykisk hälsa', 'Vertaisryhmiä mielenterveyskuntoutujille ja omaisille.', 'Kamratgrupper för mentalvårdsrehabiliterande och anhöriga.', 'P5.16 KR1 #mielenterveyspalvelut'),
    tpl('psms-klubitalo', 'Klubitalo', 'Klubbhuset', 'Klubitalo tarjoaa yhteisön ja työpainotteista toimintaa.', 'Klubbhuset erbjuder gemenskap och arbetsinriktad verksamhet.', 'P5.16 P4.8 KR1'),
  ],
  '4h-porvoo': [
    tpl('4h-kerhot', '4H-kerhot', '4H-klubbar', 'Kerhoja lapsille ja nuorille luonnosta, kokkauksesta ja käsitöistä.', 'Klubbar för barn och unga om natur, matlagning och handarbete.', 'P28.2 KR1.2 KR1.3 #harrastusJaKerhotoiminta $paid'),
    tpl('4h-tyonvalitys', 'Nuorten työnvälitys', 'Arbetsförmedling för unga', 'Nuoret tekevät pieniä töitä kotitalouksille 4H:n kautta.', 'Unga utför småjobb för hushåll via 4H.', 'P28.3 P10.1 KR1.3 #kesatyopaikat'),
  ],
  '4h-sipoo': [
    tpl('4h-kerhot', '4H-kerhot', '4H-klubbar', 'Kerhoja lapsille ja nuorille luonnosta, kokkauksesta ja käsitöistä.', 'Klubbar för barn och unga om natur, matlagning och handarbete.', 'P28.2 KR1.2 KR1.3 #harrastusJaKerhotoiminta $paid'),
  ],
  'spr-porvoo': [
    tpl('spr-ystavatoiminta', 'Ystävätoiminta', 'Vänverksamhet', 'Vapaaehtoinen ystävä tuo seuraa yksinäiselle.', 'En frivillig vän ger sällskap åt den som är ensam.', 'P4.12 KR1 KR1.1'),
    tpl('spr-ensiapukurssit', 'Ensiapukurssit', 'Första hjälpen-kurser', 'Ensiapukursseja myös lasten ensiavusta vanhemmille.', 'Första hjälpen-kurser, också om första hjälpen för barn för föräldrar.', 'P19.3 KR1 $paid'),
    tpl('spr-senioritanssit', 'Senioritanssit', 'Seniordans', 'Tanssi-iltapäiviä ikäihmisille.', 'Danseftermiddagar för äldre.', 'P25.5 KR1.1 KR1.2'),
  ],
  'uudenmaan-martat': [
    tpl('martat-lapsiperheiden-ruokakurssit', 'Ruokakurssit lapsiperheille', 'Matkurser för barnfamiljer', 'Kursseja arkiruoasta ja ruokabudjetin hallinnasta lapsiperheille.', 'Kurser om vardagsmat och matbudget för barnfamiljer.', 'P5.20 P15.1 KR1.2'),
  ],
  'porvoon-kennelyhdistys': [
    tpl('kennel-tottelevaisuus', 'Koirien tottelevaisuuskurssit', 'Lydnadskurser för hundar', 'Pentu- ja tottelevaisuuskursseja koiranomistajille ja perheille.', 'Valp- och lydnadskurser för hundägare och familjer.', 'P25.5 KR1 KR1.2 #kasvatus #kasvatusneuvonta $paid'),
  ],
};
