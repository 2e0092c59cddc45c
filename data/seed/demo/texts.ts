/** Swedish phrase tables per category. They describe places, never people. */
import type { Category } from './types.ts'

/** What makes a place feel unsafe; used for walk observations and for reports. */
export const UNSAFE_TEXT: Record<Category, readonly string[]> = {
  lighting: [
    'Mörkt på gångstråket, flera lampor är släckta.',
    'Belysningen når inte fram till cykelparkeringen.',
    'Trasig gatlampa gör hörnet mörkt på kvällen.',
    'Ojämn belysning med mörka partier mellan stolparna.',
  ],
  vegetation: [
    'Höga buskar skymmer sikten längs gångvägen.',
    'Igenvuxen häck gör passagen trång och mörk.',
    'Träden skymmer gatlyktorna.',
    'Täta buskage nära entrén; svårt att se vem som kommer.',
  ],
  visibility: ['Skymd hörna, man ser inte vad som finns bakom.', 'Plank och containrar skymmer överblicken.'],
  paths: ['Ojämn och hal gångväg utan alternativ väg.', 'Gångvägen slutar tvärt vid parkeringen.'],
  tunnels: ['Gångtunneln är mörk och saknar insyn från båda hållen.', 'Lång tunnel utan belysning i mitten.'],
  graffiti_littering: [
    'Mycket klotter och nedskräpning vid väggen.',
    'Överfulla papperskorgar och glassplitter på marken.',
    'Nedklottrad vägg och trasiga fönster ger ett övergivet intryck.',
  ],
  people_groups: [
    'Samlingsplats sena kvällar; platsen ligger avskilt och saknar insyn.',
    'Öde plats på kvällen med få människor i rörelse.',
    'Stökigt kring bänkarna sena kvällar; ingen naturlig övervakning.',
  ],
  signage: ['Skyltning saknas till resecentrum och busshållplatser.', 'Otydlig vägvisning leder in i mörka stråk.'],
  other: ['Avstängd byggarbetsplats leder om gångtrafiken via en mörk passage.'],
}

/** What a walk found good about a place. */
export const SAFE_TEXT: Record<Category, string> = {
  lighting: 'Jämnt ljus och god överblick.',
  vegetation: 'Nyröjd grönyta med fri sikt.',
  visibility: 'Öppen plats med överblick från flera håll.',
  paths: 'Bred och välskött gångväg med alternativa vägar.',
  tunnels: 'Tunneln är ljus och man ser ut i båda ändar.',
  graffiti_littering: 'Rent och välskött, papperskorgarna tömda.',
  people_groups: 'Levande plats med många i rörelse under kvällen.',
  signage: 'Tydlig skyltning till resecentrum.',
  other: 'Trevlig mötesplats med sittplatser.',
}

/** What a walk proposes to do about an unsafe place. */
export const MEASURE_TEXT: Record<Category, readonly string[]> = {
  lighting: ['Byt trasiga armaturer och komplettera med fler ljuspunkter.', 'Sätt upp belysning längs hela stråket.'],
  vegetation: ['Röj och gallra buskaget, stamma upp träden.', 'Klipp ner häcken till högst en meter.'],
  visibility: ['Flytta containrarna och öppna upp hörnet.'],
  paths: ['Laga beläggningen och förbättra vinterväghållningen.'],
  tunnels: ['Ny belysning och ljus målning i tunneln.'],
  graffiti_littering: ['Sanera klotter snabbt och töm papperskorgarna oftare.'],
  people_groups: ['Fler aktiviteter och ökad vuxennärvaro kvällstid.', 'Ökad polisiär närvaro kvällstid.'],
  signage: ['Sätt upp tydlig vägvisning.'],
  other: ['Se över omledningen av gångtrafiken.'],
}

/** The answer to a report once the place has been fixed. */
export const FIXED_TEXT: Record<Category, string> = {
  lighting: 'Belysningen är lagad och kompletterad.',
  vegetation: 'Buskaget är röjt.',
  visibility: 'Hindren är borttagna så att platsen syns bättre.',
  paths: 'Gångvägen är lagad.',
  tunnels: 'Tunneln har fått ny belysning.',
  graffiti_littering: 'Klottret är sanerat och platsen städad.',
  people_groups: 'Platsen har fått bättre belysning och fler aktiviteter kvällstid.',
  signage: 'Ny vägvisning är uppsatt.',
  other: 'Åtgärdat.',
}
