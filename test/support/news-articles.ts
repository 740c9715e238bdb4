/** Small news articles the id and diff tests build corpora from (each test changes them as an editor would). */

export const FLOODS = `---
title: Floods in the north
published: 2021-02-04
publisher: Example Wire
---
Floods in the north

Heavy rain that began on Sunday swept away bridges and roads in the northern provinces. Officials said that more than 12,000 people had to leave their homes.

The river last rose this high in March 1950, when the old bridge was lost. A new bridge was opened in 1962.

The government promised a new dam in 2015, but work has not started. Engineers reportedly warned about the levees in October 2019.

Share this article | Facebook | Twitter
`;

export const COUNCIL = `---
title: Council votes on the dam
published: 2021-03-10
publisher: Valley Times
---
Council votes on the dam

The council voted on Tuesday to fund the dam that was first promised in 2015.

Work is expected to start in June 2022, the mayor said.
`;

export const STRIKE = `---
title: Farm workers strike
published: 2020-07-01
---
Farm workers strike

Farm workers walked out on 29 June 2020 over water prices.

A similar strike in 2007 lasted three weeks.
`;

export const DROUGHT = `---
title: Drought years
published: 2022-08-15
---
Drought years

The reservoir fell to a tenth of its capacity in July 2022.
`;

export const SIEGE = `---
title: Kobani under siege
published: 2014-10-20
publisher: Example Wire
---
Kobani under siege

Islamic State fighters entered the eastern outskirts of Kobani in October 2014, Kurdish officials in Kobani said.

The town had been calm until the summer.
`;

export const REACH = `---
title: Fighters reach Kobani
published: 2014-10-07
publisher: Valley Times
---
Fighters reach Kobani

Islamic State fighters entered the eastern outskirts of Kobani on 6 October 2014, Kurdish officials said.
`;
