import type { Dictionary } from '../dictionary';

/** Charts of survey results (issue 15), part of the English dictionary. */
export const surveyChartsEn: Dictionary['surveyCharts'] = {
  showTable: 'Show as table',
  distributionTitle: 'Question {number}: how people answered',
  share: 'Share of those who answered',
  heatmapHeading: 'Questions side by side',
  heatmapTitle: {
    DEPARTMENT: 'Mean per question and department (scale {min}–{max})',
    LOCATION: 'Mean per question and location (scale {min}–{max})',
    CONTRACT_TYPE: 'Mean per question and contract type (scale {min}–{max})',
  },
  heatmapIntro:
    'Darker is a higher mean. A grey square with × is withheld: too few people answered that question in that group, or the figure is hidden because it could otherwise be derived from the others.',
  question: 'Question',
  everyone: 'Everyone',
  withheld: 'withheld',
  noFigure: 'no figure',
  trendHeading: 'Across the runs',
  trendTitle: 'Mean per run (scale {min}–{max})',
  trendIntro:
    'Each run with the figures that run itself shows for everyone. A run in which too few people answered a question is withheld: the line has a gap there.',
  runHeader: 'Run',
  run: 'Run {run}',
  runRunning: 'Run {run} (still running)',
};
