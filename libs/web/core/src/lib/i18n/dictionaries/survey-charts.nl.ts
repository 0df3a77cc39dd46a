/** Charts of survey results (issue 15): distributions, the question × unit heatmap and the trend over runs. */
export const surveyChartsNl = {
  showTable: 'Toon als tabel',
  distributionTitle: 'Vraag {number}: verdeling van de antwoorden',
  share: 'Aandeel van wie antwoordde',
  heatmapHeading: 'Vragen naast elkaar',
  heatmapTitle: {
    DEPARTMENT: 'Gemiddelde per vraag en afdeling (schaal {min}–{max})',
    LOCATION: 'Gemiddelde per vraag en locatie (schaal {min}–{max})',
    CONTRACT_TYPE:
      'Gemiddelde per vraag en soort contract (schaal {min}–{max})',
  },
  heatmapIntro:
    'Donkerder is een hoger gemiddelde. Een grijs vak met × is afgeschermd: te weinig mensen beantwoordden die vraag in die groep, of het cijfer wordt verborgen omdat het anders uit de andere af te leiden is.',
  question: 'Vraag',
  everyone: 'Iedereen',
  withheld: 'afgeschermd',
  noFigure: 'geen cijfer',
  trendHeading: 'Door de rondes heen',
  trendTitle: 'Gemiddelde per ronde (schaal {min}–{max})',
  trendIntro:
    'Elke ronde met de cijfers die die ronde zelf voor iedereen toont. Een ronde waarin te weinig mensen een vraag beantwoordden, is afgeschermd: de lijn heeft daar een onderbreking.',
  runHeader: 'Ronde',
  run: 'Ronde {run}',
  runRunning: 'Ronde {run} (loopt nog)',
};
