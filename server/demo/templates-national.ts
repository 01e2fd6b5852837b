import { tpl, type ServiceTemplate } from './service-template';

/**
 * Services of state bodies, keyed by organisation key (demo-organizations.ts). They are
 * nationwide, so every one that matches an article's rule surfaces in every county.
 */
export const nationalTemplates: Readonly<Record<string, readonly ServiceTemplate[]>> = {
  kela: [
    tpl('kela-aitiysavustus', 'Äitiysavustus', 'Moderskapsunderstöd', 'Äitiysavustuksena voi valita äitiyspakkauksen tai rahasumman.', 'Som moderskapsunderstöd kan man välja moderskapsförpackningen eller ett penningbelopp.', 'P3.2 KR1.2 KE1 #avustukset en'),
    tpl('kela-raskausraha', 'Raskausraha', 'Graviditetspenning', 'Raskausrahaa maksetaan raskaana olevalle noin kuukausi ennen laskettua aikaa.', 'Graviditetspenning betalas till den gravida cirka en månad före det beräknade förlossningsdatumet.', 'P3.2 KR1.2 KE1 en'),
    tpl('kela-vanhempainraha', 'Vanhempainpäivärahat', 'Föräldradagpenningar', 'Vanhempainrahaa maksetaan, kun hoidat vauvaa kotona.', 'Föräldrapenning betalas när du sköter babyn hemma.', 'P3.2 KR1.2 KE1 en'),
    tpl('kela-lapsilisa', 'Lapsilisä', 'Barnbidrag', 'Lapsilisää maksetaan jokaisesta Suomessa asuvasta alle 17-vuotiaasta lapsesta.', 'Barnbidrag betalas för varje barn under 17 år som bor i Finland.', 'P3.2 P3.6 KR1.2 KE1 en'),
    tpl('kela-kotihoidon-tuki', 'Lasten kotihoidon tuki', 'Stöd för hemvård av barn', 'Kotihoidon tukea voi saada, kun alle 3-vuotiasta lasta ei ole kunnallisessa varhaiskasvatuksessa.', 'Hemvårdsstöd kan fås när ett barn under 3 år inte deltar i kommunal småbarnspedagogik.', 'P3.4 KR1.2 #kotihoidontuki en'),
    tpl('kela-yksityisen-hoidon-tuki', 'Yksityisen hoidon tuki', 'Stöd för privat vård', 'Tuki maksetaan suoraan yksityiselle varhaiskasvatuksen tuottajalle.', 'Stödet betalas direkt till den privata producenten av småbarnspedagogik.', 'P3.4 KR1.2 #yksityisenHoidonTuki en'),
    tpl('kela-joustava-hoitoraha', 'Joustava hoitoraha', 'Flexibel vårdpenning', 'Joustavaa hoitorahaa maksetaan, kun vanhempi tekee lyhennettyä työaikaa alle 3-vuotiaan vuoksi.', 'Flexibel vårdpenning betalas när en förälder arbetar förkortad tid för ett barn under 3 år.', 'P3.4 KR1.2 #kotihoidontuki en'),
    tpl('kela-osittainen-hoitoraha', 'Osittainen hoitoraha', 'Partiell vårdpenning', 'Osittaista hoitorahaa voi saada 1.–2.-luokkalaisen vanhempi lyhennetyn työajan ajalta.', 'Partiell vårdpenning kan fås av förälder till ett barn i årskurs 1–2 för förkortad arbetstid.', 'P3.6 KR1.2 en'),
    tpl('kela-elatustuki', 'Elatustuki', 'Underhållsstöd', 'Elatustukea maksetaan, jos elatusvelvollinen ei maksa elatusapua.', 'Underhållsstöd betalas om den underhållsskyldiga inte betalar underhållsbidrag.', 'P3.9 KR1.2 KE7 #elatusapu en'),
    tpl('kela-erityishoitoraha', 'Erityishoitoraha', 'Specialvårdspenning', 'Erityishoitoraha korvaa ansionmenetystä sairaan lapsen hoidon ajalta.', 'Specialvårdspenning ersätter inkomstbortfall när man vårdar ett sjukt barn.', 'P3.6 P5.13 KR1.2 KE11 en'),
    tpl('kela-vammaistuki-lapsi', 'Alle 16-vuotiaan vammaistuki', 'Handikappbidrag för personer under 16 år', 'Tuki sairaan tai vammaisen lapsen hoidon ja kuntoutuksen kuluihin.', 'Stöd för kostnaderna för vård och rehabilitering av ett sjukt barn eller ett barn med funktionsnedsättning.', 'P4.4 KR1.2 KR1.6 en'),
    tpl('kela-adoptiotuki', 'Adoptiotuki', 'Adoptionsbidrag', 'Adoptiotuki korvaa ulkomailta adoptoimisen kuluja.', 'Adoptionsbidraget ersätter kostnader för internationell adoption.', 'P3.2 KR1.2 KE1.1 #adoptio en'),
    tpl('kela-perustoimeentulotuki', 'Perustoimeentulotuki', 'Grundläggande utkomststöd', 'Toimeentulotuki on viimesijainen tuki välttämättömiin menoihin.', 'Utkomststödet är ett sista stöd för nödvändiga utgifter.', 'P4.10 KR1 KE9 en'),
    tpl('kela-asumistuki', 'Yleinen asumistuki', 'Allmänt bostadsbidrag', 'Asumistuki auttaa pienituloisia asumismenoissa.', 'Bostadsbidraget hjälper låginkomsttagare med boendeutgifter.', 'P1.4 KR1 en'),
    tpl('kela-opintotuki', 'Opintotuki', 'Studiestöd', 'Opintoraha, asumislisä ja opintolainan valtiontakaus opiskelijalle.', 'Studiepenning, bostadstillägg och statsborgen för studielån till studerande.', 'P6.14 KR1.3 KE3 en'),
    tpl('kela-koulumatkatuki', 'Koulumatkatuki', 'Skolresestöd', 'Tuki toisen asteen opiskelijan koulumatkoihin.', 'Stöd för skolresor för studerande på andra stadiet.', 'P6.14 P16.5 KR1.3 en'),
    tpl('kela-kuntoutuspsykoterapia', 'Kuntoutuspsykoterapia', 'Rehabiliterande psykoterapi', 'Kela korvaa kuntoutuspsykoterapiaa 16–67-vuotiaille työ- tai opiskelukyvyn tueksi.', 'FPA ersätter rehabiliterande psykoterapi för 16–67-åringar för att stöda arbets- eller studieförmågan.', 'P5.13 P5.7 KR1 KR1.3 #mielenterveyspalvelut en'),
    tpl('kela-sopeutumisvalmennus', 'Sopeutumisvalmennuskurssit', 'Anpassningskurser', 'Kursseja sairastuneille lapsille ja nuorille perheineen.', 'Kurser för insjuknade barn och unga och deras familjer.', 'P5.13 KR1.2 KE11 KE12 en'),
    tpl('kela-laakekorvaukset', 'Lääkekorvaukset', 'Läkemedelsersättningar', 'Kela korvaa osan reseptilääkkeiden hinnasta.', 'FPA ersätter en del av priset på receptbelagda läkemedel.', 'P5.15 KR1 en'),
    tpl('kela-sairauspaivaraha', 'Sairauspäiväraha', 'Sjukdagpenning', 'Sairauspäivärahaa maksetaan sairauden vuoksi menetetyn työtulon korvaamiseksi.', 'Sjukdagpenning betalas som ersättning för förlorad arbetsinkomst på grund av sjukdom.', 'P5.1 KR1 KE11 en'),
    tpl('kela-tyottomyysturva', 'Työmarkkinatuki', 'Arbetsmarknadsstöd', 'Työttömän perusturva työnhakijalle.', 'Grundtrygghet för arbetslösa arbetssökande.', 'P10.6 KR1 KE8 en'),
    tpl('kela-kansanelake', 'Kansaneläke', 'Folkpension', 'Kansaneläke turvaa toimeentulon, jos muut eläkkeet ovat pienet.', 'Folkpensionen tryggar utkomsten om andra pensioner är små.', 'P13.1 KR1.1 KE10 en'),
    tpl('kela-perhe-etuusneuvonta', 'Kelan perhe-etuuksien neuvonta', 'FPA:s rådgivning om familjeförmåner', 'Puhelinneuvontaa raskauteen, lapsiperheisiin ja lastenhoitoon liittyvistä etuuksista.', 'Telefonrådgivning om förmåner för gravida, barnfamiljer och barnvård.', 'P3.2 P9.6 KR1.2 KE1 #palveluohjaus en'),
  ],
  thl: [
    tpl('thl-rokotusohjelma', 'Kansallinen rokotusohjelma', 'Det nationella vaccinationsprogrammet', 'Tietoa rokotusohjelman rokotteista ja rokotusajankohdista.', 'Information om vaccinerna i vaccinationsprogrammet och tidpunkterna för dem.', 'P5.3 KR1 KR1.2 en'),
    tpl('thl-neuvolatyon-kasikirja', 'Neuvolatyön käsikirja', 'Handbok för rådgivningsarbete', 'Ammattilaisille tarkoitettu käsikirja äitiys- ja lastenneuvolatyöhön.', 'Handbok för yrkesverksamma inom mödra- och barnrådgivning.', 'P5.2 KR3 #lastenneuvolat #aitiysneuvolat'),
    tpl('thl-lastensuojelun-kasikirja', 'Lastensuojelun käsikirja', 'Handbok för barnskyddet', 'Ammattilaisille tarkoitettu käsikirja lastensuojelun työhön.', 'Handbok för yrkesverksamma inom barnskyddet.', 'P3.8 KR3 #lastensuojelu'),
    tpl('thl-seksuaaliterveys', 'Seksuaali- ja lisääntymisterveys', 'Sexuell och reproduktiv hälsa', 'Tietoa seksuaaliterveydestä, ehkäisystä ja raskauden keskeytyksestä.', 'Information om sexuell hälsa, preventivmedel och abort.', 'P5.17 KR1 #seksuaalineuvonta en'),
  ],
  dvv: [
    tpl('dvv-lapsen-nimi', 'Lapsen nimen ilmoittaminen', 'Anmälan av barnets namn', 'Lapsen nimi ilmoitetaan väestötietojärjestelmään kahden kuukauden kuluessa syntymästä.', 'Barnets namn anmäls till befolkningsdatasystemet inom två månader från födseln.', 'P1.5 P3.2 KR1.2 KE1 #vaestotiedot en'),
    tpl('dvv-vanhemmuuden-vahvistaminen', 'Vanhemmuuden vahvistaminen', 'Fastställande av föräldraskap', 'Digi- ja väestötietovirasto vahvistaa neuvolassa tunnustetun vanhemmuuden.', 'Myndigheten för digitalisering och befolkningsdata fastställer föräldraskap som erkänts på rådgivningen.', 'P3.3 KR1.2 KE1 #isyydenSelvittaminen en'),
    tpl('dvv-avioliiton-esteet', 'Avioliiton esteiden tutkinta', 'Hindersprövning', 'Esteiden tutkintaa pyydetään ennen vihkimistä.', 'Hindersprövning begärs före vigseln.', 'P3.1 KR1 en'),
    tpl('dvv-siviilivihkiminen', 'Siviilivihkiminen', 'Civilvigsel', 'Maistraatin vihkijä vihkii avioliittoon ajanvarauksella.', 'Vigselförrättare vid magistraten viger par med tidsbokning.', 'P3.1 KR1'),
    tpl('dvv-edunvalvonta', 'Edunvalvontavaltuutus', 'Intressebevakningsfullmakt', 'Edunvalvontavaltuutuksella voit järjestää asioidesi hoidon etukäteen.', 'Med en intressebevakningsfullmakt kan du ordna skötseln av dina angelägenheter på förhand.', 'P7.11 KR1'),
    tpl('dvv-muuttoilmoitus', 'Muuttoilmoitus', 'Flyttanmälan', 'Muuttoilmoitus tehdään viikon kuluessa muutosta.', 'Flyttanmälan görs inom en vecka efter flytten.', 'P1.5 KR1 KE4 KE4.2 #vaestotiedot en'),
  ],
  verohallinto: [
    tpl('vero-kotitalousvahennys', 'Kotitalousvähennys', 'Hushållsavdrag', 'Kotitalousvähennystä voi saada kotona teetetystä työstä.', 'Hushållsavdrag kan fås för arbete som utförs i hemmet.', 'P14.1 KR1 KR1.2 #kotipalvelut #kotipalvelu en'),
    tpl('vero-verokortti', 'Verokortti', 'Skattekort', 'Verokortin voi tilata tai muuttaa OmaVerossa.', 'Skattekortet kan beställas eller ändras i MinSkatt.', 'P14.1 KR1 en'),
    tpl('vero-lapsen-verotus', 'Lapsen ja nuoren verotus', 'Beskattning av barn och unga', 'Kesätyötä tekevä nuori tarvitsee verokortin.', 'En ung person som sommarjobbar behöver ett skattekort.', 'P14.1 KR1.3 en'),
    tpl('vero-perintovero', 'Perintövero', 'Arvsskatt', 'Perintöverotus toimitetaan perukirjan perusteella.', 'Arvsbeskattningen verkställs på basis av bouppteckningen.', 'P14.2 KR1 KE14 en'),
  ],
  traficom: [
    tpl('traficom-turvaistuimet', 'Lasten turvaistuimet autossa', 'Bilbarnstolar', 'Tietoa lasten turvaistuimista ja turvalaitteiden käytöstä autossa.', 'Information om bilbarnstolar och användningen av skyddsanordningar i bilen.', 'P16.3 P5.2 KR1.2 #lastenneuvolat'),
    tpl('traficom-ajokortti', 'Ajokortin hankkiminen', 'Att skaffa körkort', 'Ajokorttilupaa haetaan ennen kuljettajaopetusta.', 'Körkortstillstånd söks före förarutbildningen.', 'P16.2 KR1 KR1.3 $paid en'),
    tpl('traficom-ajoneuvovero', 'Ajoneuvovero', 'Fordonsskatt', 'Ajoneuvoveroa maksetaan rekisterissä olevista ajoneuvoista.', 'Fordonsskatt betalas för fordon som finns i registret.', 'P14.3 KR1 $paid en'),
  ],
  poliisi: [
    tpl('poliisi-passi-lapselle', 'Passi lapselle', 'Pass för barn', 'Lapsen passia haettaessa tarvitaan huoltajien suostumus.', 'När man ansöker om pass för ett barn behövs vårdnadshavarnas samtycke.', 'P20.1 KR1.2 $paid en'),
    tpl('poliisi-rikosilmoitus', 'Rikosilmoitus', 'Brottsanmälan', 'Rikosilmoituksen voi tehdä verkossa tai poliisiasemalla.', 'En brottsanmälan kan göras på nätet eller på polisstationen.', 'P7.5 KR1 en'),
  ],
  oikeusapu: [
    tpl('oikeusapu', 'Oikeusapu', 'Rättshjälp', 'Julkinen oikeusapu auttaa oikeudellisissa asioissa tulojen mukaan.', 'Allmän rättshjälp hjälper i juridiska frågor enligt inkomster.', 'P7.4 KR1 KE7 $paid en'),
    tpl('talous-ja-velkaneuvonta', 'Talous- ja velkaneuvonta', 'Ekonomi- och skuldrådgivning', 'Maksutonta neuvontaa raha-asioiden hoitoon ja velkajärjestelyyn.', 'Avgiftsfri rådgivning om att sköta penningärenden och skuldsanering.', 'P15.1 KR1 KE9 en'),
  ],
};
