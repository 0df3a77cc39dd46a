/**
 * The joint anonymity guarantee for everything a survey ever publishes
 * (issue 13), checked on random organisations with an exact solver.
 *
 * THE GUARANTEE ("protection margin"). Take everything published about a
 * survey — every running release, the closed results with their breakdown,
 * and a second run shown beside the first — and a reader who knows the
 * directory (every person's department, location and contract type) and
 * combines all of it with linear algebra. For every group of people defined
 * by department (with or without its sub-departments), location and/or
 * contract type with 1 to threshold − 1 invitees, and for every quantity
 * about that group (how many of them answered the survey, how many answered a
 * question, how many gave a value), the range the reader can narrow that
 * quantity to is never narrower than the range that one single published
 * figure about a set of at least the threshold of people containing the
 * group gives on its own (bound by bound: no lower bound higher, no upper
 * bound lower; a group that straddles several such sets, say two units,
 * may get from each the bound of its own part, added up — figures about
 * disjoint sets say nothing together that they do not say apart). So a group under the threshold is never narrowed by
 * combining figures; what can narrow it is only what one figure about at
 * least the threshold of people says of all of them alike ("all of them
 * answered", "none of them chose c") — the documented known limit. In
 * particular a group of one is never determined unless one figure about at
 * least the threshold of people determines all of them.
 *
 * The figures are per release cumulative (what the page shows after each
 * release); "one single figure" means all numbers published about one set
 * of people at one moment (everyone after a release, a shown unit, or the
 * hidden units together, which the total minus the shown units gives).
 *
 * The solver: HiGHS (WebAssembly, npm `highs`). Unknowns per finest cell
 * (department × location × contract type: the publications cannot tell
 * people of one cell apart) and per release. Bounds are computed as an LP
 * (continuous relaxation, rounded inwards to whole people — ceil of the
 * minimum, floor of the maximum), and every bound that would break the
 * guarantee is recomputed as a MILP (integer unknowns) before it is
 * reported, the single-figure bounds as well; the LP alone keeps the file
 * fast (a MILP per bound would take minutes). Primal simplex, so each bound
 * starts from the previous one's basis. The quantities are a group's totals
 * over the whole run (not per release).
 *
 * Each organisation's seed is in its test's name; a failure prints the
 * group, the quantity and both ranges. Against the results service before
 * the publication rule (every view: everyone, by one dimension, one unit by
 * another; units from respondents; live after every release) this check
 * finds a leak in 29 of these 30 organisations.
 *
 * The two runs have their own unknowns (other answers) over the same
 * directory and share no figure (the first run's overall, shown beside the
 * second, is one of the first run's own figures), so they are solved
 * separately: the same as one joint model.
 */
import type { Highs, Model } from 'highs';
import type { GroupNode } from './reporting-units';
import type { AnswerCounts } from '../surveys/statistics';
import {
  audienceUnits,
  publishSurvey,
  type ReportingDimension,
  type SurveyPublication,
  type UnitCounts,
} from './survey-publication';

jest.setTimeout(600_000);

// ---------------------------------------------------------------- random

/** mulberry32: a tiny seeded PRNG, so a failing case reproduces from its seed. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) =>
    lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)]!;
  const shuffle = <T>(items: readonly T[]): T[] => {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = int(0, i);
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy;
  };
  return { next, int, pick, shuffle };
}
type Random = ReturnType<typeof prng>;

// ---------------------------------------------------------------- organisations and surveys

interface Person {
  id: number;
  department: string;
  location: string;
  contract: string;
}
interface Department {
  key: string;
  parentKey: string | null;
}
interface QuestionSpec {
  key: string;
  kind: 'AGREEMENT_5' | 'SINGLE_CHOICE' | 'MULTIPLE_CHOICE';
  required: boolean;
  values: string[];
}
/** One person's answers: a value per question answered (several for multiple choice). */
type Answer = Record<string, string[]>;

interface Organisation {
  departments: Department[];
  locations: string[];
  contracts: string[];
  people: Person[];
}

/** One run of a survey as it happened: who was invited, and what each release moved into the results. */
interface Run {
  org: Organisation;
  threshold: number;
  dimension: ReportingDimension;
  questions: QuestionSpec[];
  audience: Person[];
  /** Per release (the last one at close, possibly empty): the answers moved, by person id. */
  releases: Map<number, Answer>[];
}

const QUESTIONS: QuestionSpec[] = [
  {
    key: 'q1',
    kind: 'AGREEMENT_5',
    required: true,
    values: ['1', '2', '3', '4', '5'],
  },
  {
    key: 'q2',
    kind: 'SINGLE_CHOICE',
    required: false,
    values: ['a', 'b', 'c'],
  },
  {
    key: 'q3',
    kind: 'MULTIPLE_CHOICE',
    required: false,
    values: ['a', 'b', 'c'],
  },
];

function randomOrganisation(random: Random): Organisation {
  const departments: Department[] = [];
  const depth = new Map<string, number>();
  const count = random.int(3, 7);
  for (let i = 0; i < count; i++) {
    const key = `D${i}`;
    const parents = departments.filter((d) => depth.get(d.key)! < 3);
    const parent = i > 0 && random.next() < 0.6 ? random.pick(parents) : null;
    departments.push({ key, parentKey: parent?.key ?? null });
    depth.set(key, parent ? depth.get(parent.key)! + 1 : 1);
  }
  const locations = ['Noord', 'Zuid', 'Oost'].slice(0, random.int(2, 3));
  const contracts = ['VAST', 'TIJDELIJK'];
  // Skewed weights: some departments, locations and combinations are small or empty.
  const weight = () => 0.1 + random.next() ** 2;
  const weights = (items: readonly string[]) => items.map(weight);
  const draw = (items: readonly string[], w: readonly number[]) => {
    let x = random.next() * w.reduce((s, v) => s + v, 0);
    for (let i = 0; i < items.length; i++)
      if ((x -= w[i]!) < 0) return items[i]!;
    return items[items.length - 1]!;
  };
  const dw = weights(departments.map((d) => d.key));
  const lw = weights(locations);
  const cw = weights(contracts);
  const people: Person[] = Array.from(
    { length: random.int(20, 70) },
    (_, id) => ({
      id,
      department: draw(
        departments.map((d) => d.key),
        dw,
      ),
      location: draw(locations, lw),
      contract: draw(contracts, cw),
    }),
  );
  return { departments, locations, contracts, people };
}

function randomAnswer(
  random: Random,
  questions: readonly QuestionSpec[],
  skip: number,
): Answer {
  const answer: Answer = {};
  for (const q of questions) {
    if (!q.required && random.next() < skip) continue;
    if (q.kind === 'MULTIPLE_CHOICE') {
      const chosen = q.values.filter(() => random.next() < 0.45);
      answer[q.key] = chosen.length > 0 ? chosen : [random.pick(q.values)];
    } else answer[q.key] = [random.pick(q.values)];
  }
  return answer;
}

/** Arrivals in random order through the inbox: a release when 2 × threshold wait (all but threshold move), everything at close. */
function simulateRun(random: Random, base: Omit<Run, 'releases'>): Run {
  const rate = 0.3 + random.next() * 0.65;
  const skip = random.next() * 0.4;
  const respondents = random.shuffle(
    base.audience.filter(() => random.next() < rate),
  );
  const releases: Map<number, Answer>[] = [];
  let waiting: { id: number; answer: Answer }[] = [];
  for (const person of respondents) {
    waiting.push({
      id: person.id,
      answer: randomAnswer(random, base.questions, skip),
    });
    if (waiting.length >= 2 * base.threshold) {
      const order = random.shuffle(waiting);
      releases.push(
        new Map(order.slice(base.threshold).map((w) => [w.id, w.answer])),
      );
      waiting = order.slice(0, base.threshold);
    }
  }
  releases.push(new Map(waiting.map((w) => [w.id, w.answer])));
  return { ...base, releases };
}

function randomSurvey(seed: number): Run[] {
  const random = prng(seed);
  const org = randomOrganisation(random);
  const threshold = random.next() < 0.2 ? 6 : 5;
  const dimension: ReportingDimension =
    random.next() < 0.5
      ? 'DEPARTMENT'
      : random.pick(['LOCATION', 'CONTRACT_TYPE'] as const);
  const questions = QUESTIONS.slice(0, random.next() < 0.5 ? 3 : 2);
  const left = random.next() < 0.3 ? random.int(1, 3) : 0;
  const audience = random
    .shuffle(org.people)
    .slice(left)
    .sort((a, b) => a.id - b.id);
  const first = simulateRun(random, {
    org,
    threshold,
    dimension,
    questions,
    audience,
  });
  // The second run: one person more (someone left out the first time) or one less.
  const outside = org.people.filter((p) => !audience.includes(p));
  const second =
    outside.length > 0 && random.next() < 0.5
      ? [...audience, random.pick(outside)]
      : ((gone) => audience.filter((p) => p !== gone))(random.pick(audience));
  return [
    first,
    simulateRun(random, {
      org,
      threshold,
      dimension,
      questions,
      audience: second,
    }),
  ];
}

// ---------------------------------------------------------------- what is published, as figures

/** One published number: a quantity of a set of cells, cumulative over releases 0..release. */
interface Figure {
  release: number;
  /** Indices into the run's cells, ascending. */
  cells: number[];
  /** 'r' (respondents), 'a|q' (answered q), 'y|q|v' (gave value v to q). */
  quantity: string;
  value: number;
}

/** The finest cells of a run's audience: department × location × contract type. */
interface Cells {
  keys: string[];
  size: number[];
  of: (person: Person) => number;
}
const cellKey = (p: Pick<Person, 'department' | 'location' | 'contract'>) =>
  `${p.department}/${p.location}/${p.contract}`;
function cellsOf(run: Pick<Run, 'audience'>): Cells {
  const keys = [...new Set(run.audience.map(cellKey))].sort();
  const index = new Map(keys.map((k, i) => [k, i]));
  const size = keys.map(() => 0);
  for (const p of run.audience) size[index.get(cellKey(p))!]! += 1;
  return { keys, size, of: (p) => index.get(cellKey(p))! };
}

function attributeOf(person: Person, dimension: ReportingDimension): string {
  return dimension === 'DEPARTMENT'
    ? person.department
    : dimension === 'LOCATION'
      ? person.location
      : person.contract;
}

/** Counts of a set of answers, as `AnswerCounts` per question. */
function answerCounts(
  answers: readonly Answer[],
  questions: readonly QuestionSpec[],
): Record<string, AnswerCounts> {
  const result: Record<string, AnswerCounts> = {};
  for (const q of questions) {
    const counts = new Map<string, number>();
    let answered = 0;
    for (const a of answers) {
      const values = a[q.key];
      if (!values) continue;
      answered++;
      for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
    }
    result[q.key] = { answered, counts };
  }
  return result;
}

/** Figures of one published group's numbers (null answers: hidden). */
function figuresOfGroup(
  release: number,
  cells: number[],
  respondents: number,
  answers: Record<string, AnswerCounts | null>,
  questions: readonly QuestionSpec[],
): Figure[] {
  const figures: Figure[] = [
    { release, cells, quantity: 'r', value: respondents },
  ];
  for (const q of questions) {
    const counts = answers[q.key];
    if (!counts) continue;
    figures.push({
      release,
      cells,
      quantity: `a|${q.key}`,
      value: counts.answered,
    });
    for (const v of q.values)
      figures.push({
        release,
        cells,
        quantity: `y|${q.key}|${v}`,
        value: counts.counts.get(v) ?? 0,
      });
  }
  return figures;
}

/**
 * What the reader can also compute from one view: the parent's figure minus
 * the shown parts' figures is a figure of the rest (the hidden units together).
 */
function complements(parent: Figure[], parts: Figure[][]): Figure[] {
  const result: Figure[] = [];
  for (const total of parent) {
    const shown = parts.flatMap((p) =>
      p.filter((f) => f.quantity === total.quantity),
    );
    const covered = new Set(shown.flatMap((f) => f.cells));
    const rest = total.cells.filter((c) => !covered.has(c));
    if (shown.length === 0 || rest.length === 0) continue;
    result.push({
      release: total.release,
      cells: rest,
      quantity: total.quantity,
      value: total.value - shown.reduce((s, f) => s + f.value, 0),
    });
  }
  return result;
}

type Publisher = (run: Run, cells: Cells) => Figure[];

/** The new rule: `publishSurvey` after every running release and once closed, over `audienceUnits`. */
const publishedByRule: Publisher = (run, cells) => {
  const invited = new Map<string, number>();
  for (const p of run.audience) {
    const g = attributeOf(p, run.dimension);
    invited.set(g, (invited.get(g) ?? 0) + 1);
  }
  const groups: GroupNode[] =
    run.dimension === 'DEPARTMENT'
      ? run.org.departments.map((d) => ({
          key: d.key,
          parentKey: d.parentKey,
          count: invited.get(d.key) ?? 0,
        }))
      : [...invited].map(([key, count]) => ({ key, parentKey: null, count }));
  const units = audienceUnits(groups, run.threshold);
  const cellsOfUnit = new Map(
    units.map((u) => [
      u.key,
      [
        ...new Set(
          run.audience
            .filter((p) => u.groupKeys.includes(attributeOf(p, run.dimension)))
            .map(cells.of),
        ),
      ].sort((a, b) => a - b),
    ]),
  );
  const allCells = cells.keys.map((_, i) => i);
  const byId = new Map(run.audience.map((p) => [p.id, p]));
  const figures: Figure[] = [];
  const released: [Person, Answer][] = [];
  run.releases.forEach((release, j) => {
    for (const [id, answer] of release) released.push([byId.get(id)!, answer]);
    const closed = j === run.releases.length - 1;
    const counts: UnitCounts[] = units.map((u) => {
      const inUnit = released.filter(([p]) =>
        u.groupKeys.includes(attributeOf(p, run.dimension)),
      );
      return {
        unitKey: u.key,
        respondents: inUnit.length,
        answers: answerCounts(
          inUnit.map(([, a]) => a),
          run.questions,
        ),
      };
    });
    const publication: SurveyPublication = publishSurvey({
      units,
      counts,
      questionKeys: run.questions.map((q) => q.key),
      configuredThreshold: run.threshold,
      closed,
    });
    if (!publication.overall) return;
    const overall = figuresOfGroup(
      j,
      allCells,
      publication.overall.respondents,
      publication.overall.answers,
      run.questions,
    );
    const shown = publication.units.map((u) =>
      figuresOfGroup(
        j,
        cellsOfUnit.get(u.unitKey)!,
        u.figures.respondents,
        u.figures.answers,
        run.questions,
      ),
    );
    figures.push(...overall, ...shown.flat(), ...complements(overall, shown));
  });
  return figures;
};

// ---------------------------------------------------------------- the solver

let highs: Highs;
beforeAll(async () => {
  // The package is a WebAssembly module factory (CommonJS: module.exports is the loader).
  const load = require('highs') as (options?: object) => Promise<Highs>;
  highs = await load();
});

/** Column layout of one run's unknowns: per cell and release, respondents, answered and values. */
class Layout {
  readonly perCellRelease: string[];
  readonly columns: number;
  constructor(
    readonly run: {
      questions: readonly QuestionSpec[];
      releases: readonly unknown[];
    },
    readonly cells: Cells,
  ) {
    this.perCellRelease = ['r'];
    for (const q of run.questions) {
      if (!q.required) this.perCellRelease.push(`a|${q.key}`);
      for (const v of q.values) this.perCellRelease.push(`y|${q.key}|${v}`);
    }
    this.columns =
      cells.keys.length * run.releases.length * this.perCellRelease.length;
  }
  private readonly index = new Map<string, number>();
  col(cell: number, release: number, quantity: string): number {
    // A required question is answered by every respondent.
    const q =
      quantity.startsWith('a|') &&
      this.run.questions.find((x) => `a|${x.key}` === quantity)?.required
        ? 'r'
        : quantity;
    if (this.index.size === 0)
      this.perCellRelease.forEach((k, i) => this.index.set(k, i));
    const k = this.index.get(q);
    if (k === undefined) throw new Error(`unknown quantity ${quantity}`);
    return (
      (cell * this.run.releases.length + release) * this.perCellRelease.length +
      k
    );
  }
}

const columnsOf = new WeakMap<Model, number>();
/** Solutions found so far per model (when kept): feasible points that settle trivial bounds without a solve. */
const witnesses = new WeakMap<Model, ArrayLike<number>[]>();

/** A persistent HiGHS model: the cells' capacities and the answer structure, plus the figures given. */
function buildModel(
  layout: Layout,
  figures: readonly Figure[],
  integer: boolean,
): Model {
  const rows: { cols: number[]; coef: number[]; lo: number; hi: number }[] = [];
  const { cells, run } = layout;
  const J = run.releases.length;
  for (let c = 0; c < cells.keys.length; c++) {
    const n = cells.size[c]!;
    rows.push({
      cols: Array.from({ length: J }, (_, j) => layout.col(c, j, 'r')),
      coef: Array(J).fill(1),
      lo: 0,
      hi: n,
    });
    for (let j = 0; j < J; j++)
      for (const q of run.questions) {
        const a = layout.col(c, j, `a|${q.key}`);
        const r = layout.col(c, j, 'r');
        if (a !== r)
          rows.push({ cols: [a, r], coef: [1, -1], lo: -Infinity, hi: 0 });
        const ys = q.values.map((v) => layout.col(c, j, `y|${q.key}|${v}`));
        if (q.kind === 'MULTIPLE_CHOICE') {
          for (const y of ys)
            rows.push({ cols: [y, a], coef: [1, -1], lo: -Infinity, hi: 0 });
          rows.push({
            cols: [...ys, a],
            coef: [...ys.map(() => 1), -1],
            lo: 0,
            hi: Infinity,
          });
        } else
          rows.push({
            cols: [...ys, a],
            coef: [...ys.map(() => 1), -1],
            lo: 0,
            hi: 0,
          });
      }
  }
  for (const f of figures) {
    const cols: number[] = [];
    for (const c of f.cells)
      for (let j = 0; j <= f.release; j++)
        cols.push(layout.col(c, j, f.quantity));
    rows.push({ cols, coef: cols.map(() => 1), lo: f.value, hi: f.value });
  }
  const starts = [0];
  const indices: number[] = [];
  const values: number[] = [];
  for (const row of rows) {
    indices.push(...row.cols);
    values.push(...row.coef);
    starts.push(indices.length);
  }
  const colUpper: number[] = [];
  for (let c = 0; c < cells.keys.length; c++)
    for (let i = 0; i < J * layout.perCellRelease.length; i++)
      colUpper.push(cells.size[c]!);
  const inf = highs.infinity;
  const model = highs.createModel({
    numCols: layout.columns,
    numRows: rows.length,
    colCost: Array(layout.columns).fill(0),
    colLower: Array(layout.columns).fill(0),
    colUpper,
    rowLower: rows.map((r) => (r.lo === -Infinity ? -inf : r.lo)),
    rowUpper: rows.map((r) => (r.hi === Infinity ? inf : r.hi)),
    matrix: {
      format: 'csr',
      numRows: rows.length,
      numCols: layout.columns,
      starts,
      indices,
      values,
    },
    ...(integer
      ? {
          integrality: Array(layout.columns).fill(
            highs.constants.variableType.integer,
          ),
        }
      : {}),
  });
  model.options.set(
    integer
      ? { output_flag: false }
      : {
          output_flag: false,
          presolve: 'off',
          solver: 'simplex',
          simplex_strategy: 4,
        },
  );
  columnsOf.set(model, layout.columns);
  return model;
}

/** A model and how to find a group's quantity in it. */
interface Solver {
  model: Model;
  cols: (groupCells: readonly number[], quantity: string) => number[];
}

/**
 * The model of some figures. Figures of one moment only (one release) need
 * no unknowns per release: what was released by then and what came after
 * (the same bounds, far fewer unknowns).
 */
function solverFor(
  run: Run,
  cells: Cells,
  figures: readonly Figure[],
  integer: boolean,
): Solver {
  const moments = [...new Set(figures.map((f) => f.release))];
  const last = run.releases.length - 1;
  const collapsed = moments.length === 1;
  const periods = collapsed
    ? moments[0] === last
      ? 1
      : 2
    : run.releases.length;
  const layout = new Layout(
    { questions: run.questions, releases: Array(periods).fill(0) },
    cells,
  );
  const model = buildModel(
    layout,
    collapsed ? figures.map((f) => ({ ...f, release: 0 })) : figures,
    integer,
  );
  return {
    model,
    cols: (groupCells, quantity) =>
      groupCells.flatMap((c) =>
        Array.from({ length: periods }, (_, p) => layout.col(c, p, quantity)),
      ),
  };
}

/** The least or greatest value of a sum of unknowns, rounded inwards to a whole number. */
function bound(
  { model, cols: colsOf }: Solver,
  groupCells: readonly number[],
  quantity: string,
  sense: 'min' | 'max',
): number {
  const cols = colsOf(groupCells, quantity);
  const columns = columnsOf.get(model)!;
  const cost = new Float64Array(columns);
  for (const c of cols) cost[c] = 1;
  model.changeColsCost({ kind: 'range', from: 0, to: columns - 1 }, cost);
  model.changeObjectiveSense(
    sense === 'min'
      ? highs.constants.objectiveSense.minimize
      : highs.constants.objectiveSense.maximize,
  );
  model.run();
  const status = model.getModelStatus();
  if (status !== highs.constants.modelStatus.optimal)
    throw new Error(`solver status ${status}`);
  const value = model.getObjectiveValue();
  witnesses.get(model)?.push(model.getSolution().colValue);
  return sense === 'min' ? Math.ceil(value - 1e-6) : Math.floor(value + 1e-6);
}

// ---------------------------------------------------------------- small groups and the check

interface SmallGroup {
  name: string;
  cells: number[];
  size: number;
}

/** Every set fixed by 1–3 attributes (a department with or without its sub-departments), 1 ≤ size < threshold, once per set of cells. */
function smallGroups(
  run: Pick<Run, 'org' | 'audience' | 'threshold'>,
  cells: Cells,
): SmallGroup[] {
  const { departments, locations, contracts } = run.org;
  const below = (key: string): string[] => [
    key,
    ...departments
      .filter((d) => d.parentKey === key)
      .flatMap((d) => below(d.key)),
  ];
  const departmentChoices: [string, string[] | null][] = [
    ['*', null],
    ...departments.flatMap((d): [string, string[]][] => {
      const sub = below(d.key);
      return sub.length > 1
        ? [
            [d.key, [d.key]],
            [`${d.key}+`, sub],
          ]
        : [[d.key, [d.key]]];
    }),
  ];
  const groups = new Map<string, SmallGroup>();
  for (const [dName, ds] of departmentChoices)
    for (const l of ['*', ...locations])
      for (const c of ['*', ...contracts]) {
        if (!ds && l === '*' && c === '*') continue;
        const members = run.audience.filter(
          (p) =>
            (!ds || ds.includes(p.department)) &&
            (l === '*' || p.location === l) &&
            (c === '*' || p.contract === c),
        );
        if (members.length === 0 || members.length >= run.threshold) continue;
        const groupCells = [...new Set(members.map(cells.of))].sort(
          (a, b) => a - b,
        );
        const key = groupCells.join(',');
        if (!groups.has(key))
          groups.set(key, {
            name: `${dName}/${l}/${c}`,
            cells: groupCells,
            size: members.length,
          });
      }
  return [...groups.values()];
}

interface Violation {
  run: number;
  group: string;
  size: number;
  quantity: string;
  /** From everything published. */
  combined: [number, number];
  /** The tightest each bound gets from one single figure's set (and its figures at one moment). */
  single: [number, number];
  /** The set whose figure came closest. */
  via: string;
}

/** Checks the guarantee for one run's figures: the violations found (none when it holds). */
function check(
  run: Run,
  cells: Cells,
  figures: readonly Figure[],
  runIndex: number,
  truth: (cells: number[], quantity: string) => number,
  /** Stop after this many violations (each is confirmed with integer unknowns, which is slow). */
  limit = 3,
): Violation[] {
  const full = solverFor(run, cells, figures, false);
  witnesses.set(full.model, []);
  // A few solutions in random directions: points that settle many bounds at 0 or at a group's size without a solve of their own.
  const random = prng(runIndex);
  for (let i = 0; i < 6; i++) {
    const all = cells.keys.map((_, c) => c).filter(() => random.next() < 0.5);
    const quantity = random.pick([
      'r',
      ...run.questions.map((q) => `y|${q.key}|${random.pick(q.values)}`),
    ]);
    if (all.length > 0)
      bound(full, all, quantity, random.next() < 0.5 ? 'min' : 'max');
  }
  // One single figure: all numbers published about one set of at least the threshold, at one moment.
  const sets = new Map<string, Figure[]>();
  for (const f of figures) {
    const key = `${f.release}:${f.cells.join(',')}`;
    if (!sets.has(key)) sets.set(key, []);
    sets.get(key)!.push(f);
  }
  const singles = [...sets.entries()]
    .map(([key, fs]) => ({
      key,
      figures: fs,
      cells: new Set(fs[0]!.cells),
      size: fs[0]!.cells.reduce((s, c) => s + cells.size[c]!, 0),
      release: fs[0]!.release,
    }))
    .filter((s) => s.size >= run.threshold)
    .sort((a, b) => b.release - a.release || a.size - b.size);
  type Single = (typeof singles)[number];
  /**
   * What single figures say of a group: one figure about a set containing it,
   * or, for a group that straddles several such sets, one figure each about
   * disjoint sets covering it (what each says of its own part, added up:
   * disjoint sets' figures cannot be combined into anything more).
   */
  const families = (group: SmallGroup, quantity: string): Single[][] => {
    const result: Single[][] = [];
    const releases = [...new Set(singles.map((s) => s.release))];
    // Sets with a figure of the quantity's own question first (a question hidden in some units has its own "hidden together").
    const question = quantity.split('|')[1];
    const own = (s: Single) =>
      s.figures.some((f) => f.quantity.split('|')[1] === question);
    for (const release of releases) {
      const here = singles.filter((s) => s.release === release);
      for (const candidates of [here.filter(own), here]) {
        const cover: Single[] = [];
        const used = new Set<number>();
        for (const s of candidates) {
          const inside = [...s.cells];
          if (
            !group.cells.some((c) => s.cells.has(c)) ||
            inside.some((c) => used.has(c))
          )
            continue;
          cover.push(s);
          for (const c of inside) used.add(c);
        }
        if (cover.length > 1 && group.cells.every((c) => used.has(c)))
          result.push(cover);
      }
      for (const s of here)
        if (group.cells.every((c) => s.cells.has(c))) result.push([s]);
    }
    return result;
  };
  const familyModels = new Map<string, Solver>();
  const models: Model[] = [full.model];
  const familyModel = (family: Single[]) => {
    const key = family.map((s) => s.key).join(' ');
    let solver = familyModels.get(key);
    if (!solver) {
      solver = solverFor(
        run,
        cells,
        family.flatMap((s) => s.figures),
        false,
      );
      familyModels.set(key, solver);
      models.push(solver.model);
    }
    return solver;
  };
  const quantities = [
    'r',
    ...run.questions.flatMap((q) => [
      ...(q.required ? [] : [`a|${q.key}`]),
      ...q.values.map((v) => `y|${q.key}|${v}`),
    ]),
  ];
  const violations: Violation[] = [];
  try {
    for (const group of smallGroups(run, cells))
      for (const quantity of quantities) {
        if (violations.length >= limit) break;
        const cols = full.cols(group.cells, quantity);
        const t = truth(group.cells, quantity);
        // The true value is feasible: a bound at 0 or at the group's size needs no solve.
        // So is every solution found before: one at 0 (at the size) settles that bound too.
        const seen = witnesses
          .get(full.model)!
          .map((x) => cols.reduce((sum, c) => sum + x[c]!, 0));
        const lo =
          t === 0 || seen.some((v) => v < 1e-6)
            ? 0
            : bound(full, group.cells, quantity, 'min');
        const hi =
          t === group.size || seen.some((v) => v > group.size - 1e-6)
            ? group.size
            : bound(full, group.cells, quantity, 'max');
        if (lo === 0 && hi === group.size) continue;
        const candidates = families(group, quantity);
        if (
          singleFiguresReach(candidates, familyModel, group, quantity, lo, hi)
        )
          continue;
        // Confirm with integer unknowns before reporting.
        const exact = (fs: readonly Figure[], sense: 'min' | 'max') => {
          const solver = solverFor(run, cells, fs, true);
          try {
            return bound(solver, group.cells, quantity, sense);
          } finally {
            solver.model.dispose();
          }
        };
        const combined: [number, number] = [
          exact(figures, 'min'),
          exact(figures, 'max'),
        ];
        const single: [number, number] = [0, group.size];
        let via = '';
        for (const family of candidates) {
          const fs = family.flatMap((s) => s.figures);
          const name = family.map((s) => s.key).join(' + ');
          if (combined[0] > single[0]) {
            const v = exact(fs, 'min');
            if (v > single[0]) [single[0], via] = [v, name];
          }
          if (combined[1] < single[1]) {
            const v = exact(fs, 'max');
            if (v < single[1]) [single[1], via] = [v, name];
          }
        }
        if (combined[0] > single[0] || combined[1] < single[1])
          violations.push({
            run: runIndex,
            group: group.name,
            size: group.size,
            quantity,
            combined,
            single,
            via,
          });
      }
  } finally {
    for (const model of models) model.dispose();
  }
  return violations;
}

/** Whether single figures (see `families`) reach the bounds lo and hi on their own. */
function singleFiguresReach<F>(
  candidates: readonly F[],
  solverOf: (family: F) => Solver,
  group: SmallGroup,
  quantity: string,
  lo: number,
  hi: number,
): boolean {
  let needLo = lo > 0;
  let needHi = hi < group.size;
  for (const family of candidates) {
    if (!needLo && !needHi) break;
    const solver = solverOf(family);
    if (needLo && bound(solver, group.cells, quantity, 'min') >= lo)
      needLo = false;
    if (needHi && bound(solver, group.cells, quantity, 'max') <= hi)
      needHi = false;
  }
  return !needLo && !needHi;
}

/** The true totals of a run (all releases), for a set of cells and a quantity. */
function truthOf(run: Run, cells: Cells) {
  const byId = new Map(run.audience.map((p) => [p.id, p]));
  const answers = run.releases
    .flatMap((r) => [...r])
    .map(([id, a]) => ({ cell: cells.of(byId.get(id)!), a }));
  return (groupCells: number[], quantity: string) => {
    const [kind, q, v] = quantity.split('|');
    return answers.filter(
      ({ cell, a }) =>
        groupCells.includes(cell) &&
        (kind === 'r' ||
          (kind === 'a' ? a[q!] !== undefined : (a[q!] ?? []).includes(v!))),
    ).length;
  };
}

/** Checks one random survey (both runs) against a publisher: its violations, each with the seed. */
function checkSurvey(
  seed: number,
  publisher: Publisher,
  limit = 3,
): (Violation & { seed: number })[] {
  const violations: (Violation & { seed: number })[] = [];
  for (const [i, run] of randomSurvey(seed).entries()) {
    if (violations.length >= limit) break;
    const cells = cellsOf(run);
    for (const v of check(
      run,
      cells,
      publisher(run, cells),
      i + 1,
      truthOf(run, cells),
      limit - violations.length,
    ))
      violations.push({ ...v, seed });
  }
  return violations;
}

// ---------------------------------------------------------------- the tests

const SEEDS = Array.from({ length: 30 }, (_, i) => 0x5eed0 + i);

describe('the joint anonymity guarantee of everything a survey publishes (issue 13)', () => {
  it('the checker has teeth: the three-view attack on per-cell suppression is found', () => {
    // Department A and B, Noord and Zuid, VAST and TIJDELIJK; nobody in B at Noord on VAST.
    const sizes: Record<string, number> = {
      'A/Noord/VAST': 6,
      'A/Noord/TIJDELIJK': 5,
      'A/Zuid/VAST': 6,
      'A/Zuid/TIJDELIJK': 1,
      'B/Noord/TIJDELIJK': 5,
      'B/Zuid/VAST': 6,
      'B/Zuid/TIJDELIJK': 5,
    };
    const people: Person[] = [];
    for (const [key, n] of Object.entries(sizes)) {
      const [department, location, contract] = key.split('/') as [
        string,
        string,
        string,
      ];
      for (let i = 0; i < n; i++)
        people.push({ id: people.length, department, location, contract });
    }
    // Everyone answered; the one person of A at Zuid on TIJDELIJK said 1, everybody else 1 to 5 in turn.
    const answers = new Map<number, Answer>(
      people.map((p) => [
        p.id,
        {
          q1: [
            cellKey(p) === 'A/Zuid/TIJDELIJK' ? '1' : String((p.id % 5) + 1),
          ],
        },
      ]),
    );
    const run: Run = {
      org: {
        departments: [
          { key: 'A', parentKey: null },
          { key: 'B', parentKey: null },
        ],
        locations: ['Noord', 'Zuid'],
        contracts: ['VAST', 'TIJDELIJK'],
        people,
      },
      threshold: 5,
      dimension: 'DEPARTMENT',
      questions: [QUESTIONS[0]!],
      audience: people,
      releases: [answers],
    };
    const cells = cellsOf(run);
    // Today's style: every unit and every two-dimensional cell of at least 5 is shown; three of those views.
    const view = (pick: (p: Person) => boolean): Figure[] => {
      const members = people.filter(pick);
      return figuresOfGroup(
        0,
        [...new Set(members.map(cells.of))].sort((a, b) => a - b),
        members.length,
        answerCounts(
          members.map((p) => answers.get(p.id)!),
          run.questions,
        ),
        run.questions,
      );
    };
    const figures = [
      ...view(() => true),
      ...view((p) => p.department === 'B' && p.location === 'Noord'),
      ...view((p) => p.department === 'B' && p.contract === 'TIJDELIJK'),
      ...view((p) => p.location === 'Zuid' && p.contract === 'TIJDELIJK'),
    ];
    expect(
      figures.every(
        (f) => f.cells.reduce((s, c) => s + cells.size[c]!, 0) >= 5,
      ),
    ).toBe(true);
    const violations = check(run, cells, figures, 1, truthOf(run, cells));
    expect(violations).toContainEqual(
      expect.objectContaining({
        group: 'A/Zuid/TIJDELIJK',
        size: 1,
        quantity: 'y|q1|1',
        combined: [1, 1],
        single: [0, 1],
      }),
    );
  });

  it.each(SEEDS)('holds for the random organisation of seed %i', (seed) => {
    const violations = checkSurvey(seed, publishedByRule);
    if (violations.length > 0)
      console.log(
        `seed ${seed}: ${violations.length} violation(s)\n${JSON.stringify(violations.slice(0, 5), null, 1)}`,
      );
    expect(violations).toEqual([]);
  });
});
