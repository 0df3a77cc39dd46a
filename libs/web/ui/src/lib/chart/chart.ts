import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { chartHeight, echartsOption } from './chart-options';
import { chartTable, type ChartSpec } from './chart-spec';

type ECharts = import('echarts/core').ECharts;

/** ECharts with only what our charts use, loaded once, on the first chart. */
let echartsLoaded: Promise<typeof import('echarts/core')> | null = null;
function loadEcharts(): Promise<typeof import('echarts/core')> {
  echartsLoaded ??= Promise.all([
    import('echarts/core'),
    import('echarts/charts'),
    import('echarts/components'),
    import('echarts/renderers'),
  ]).then(([core, charts, components, renderers]) => {
    core.use([
      charts.BarChart,
      charts.LineChart,
      charts.HeatmapChart,
      components.GridComponent,
      components.LegendComponent,
      components.TooltipComponent,
      components.VisualMapComponent,
      renderers.CanvasRenderer,
    ]);
    return core;
  });
  // A chunk that failed to load (offline, a new deployment) is tried again by the next chart.
  echartsLoaded.catch(() => (echartsLoaded = null));
  return echartsLoaded;
}

/**
 * A chart with its table alternative. The drawing is for those who look;
 * the table (behind "show as table") says the same for screen readers,
 * keyboard users and anyone who wants the exact figures.
 */
@Component({
  selector: 'isp-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <figure class="chart" [attr.data-chart-kind]="spec().kind">
      <figcaption>{{ spec().title }}</figcaption>
      <div
        #canvas
        class="canvas"
        role="img"
        [attr.aria-label]="spec().title"
        [style.height.px]="height()"
      ></div>
      <details class="table-alternative" [open]="tableOpen() || unavailable()">
        <summary>{{ tableLabel() }}</summary>
        <!-- A wide table scrolls sideways on a phone: focusable, so a keyboard can scroll it too. -->
        <div
          class="scroll"
          tabindex="0"
          role="region"
          [attr.aria-label]="table().caption"
        >
          <table>
            <caption>
              {{
                table().caption
              }}
            </caption>
            <thead>
              <tr>
                @for (heading of table().header; track $index) {
                  <th scope="col">{{ heading }}</th>
                }
              </tr>
            </thead>
            <tbody>
              @for (row of table().rows; track $index) {
                <tr>
                  <th scope="row">{{ row.name }}</th>
                  @for (cell of row.cells; track $index) {
                    <td>{{ cell }}</td>
                  }
                </tr>
              }
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  `,
  styles: `
    .chart {
      margin: 0 0 1.5rem;
    }
    figcaption {
      font-weight: 600;
      margin-bottom: 0.5rem;
    }
    .canvas {
      width: 100%;
    }
    summary {
      cursor: pointer;
      color: var(--isp-link, #0b5cad);
      margin-top: 0.25rem;
    }
    .scroll {
      overflow-x: auto;
    }
    table {
      border-collapse: collapse;
      margin-top: 0.5rem;
      font-size: 0.9375rem;
    }
    caption {
      text-align: start;
      font-weight: 600;
      padding-bottom: 0.25rem;
    }
    th,
    td {
      border: 1px solid var(--isp-border, #c4ced4);
      padding: 0.25rem 0.5rem;
      text-align: start;
    }
    td {
      text-align: end;
      font-variant-numeric: tabular-nums;
    }
  `,
})
export class ChartComponent {
  readonly spec = input.required<ChartSpec>();
  /** The reader's locale for numbers, e.g. `nl-NL`. */
  readonly locale = input('nl-NL');
  /** The toggle's text, e.g. "Toon als tabel"; translated by the caller. */
  readonly tableLabel = input.required<string>();
  /** Opens the table from the start (e.g. where the table is the main view). */
  readonly tableOpen = input(false);

  protected readonly table = computed(() =>
    chartTable(this.spec(), this.locale()),
  );
  protected readonly height = computed(() => chartHeight(this.spec()));

  private readonly canvas =
    viewChild.required<ElementRef<HTMLElement>>('canvas');
  private readonly chart = signal<ECharts | null>(null);
  /** ECharts could not be loaded or started: the table, open, says it all. */
  protected readonly unavailable = signal(false);

  constructor() {
    const destroyRef = inject(DestroyRef);
    let destroyed = false;
    let resizeObserver: ResizeObserver | null = null;
    afterNextRender(() => {
      loadEcharts()
        .then((echarts) => {
          if (destroyed) return;
          const element = this.canvas().nativeElement;
          this.chart.set(echarts.init(element, null, { renderer: 'canvas' }));
          resizeObserver = new ResizeObserver(() => this.chart()?.resize());
          resizeObserver.observe(element);
        })
        .catch(() => {
          if (!destroyed) this.unavailable.set(true);
        });
    });
    effect(() => {
      const chart = this.chart();
      if (!chart) return;
      chart.setOption(echartsOption(this.spec(), this.locale()), {
        notMerge: true,
      });
      chart.resize();
    });
    destroyRef.onDestroy(() => {
      destroyed = true;
      resizeObserver?.disconnect();
      this.chart()?.dispose();
    });
  }
}
