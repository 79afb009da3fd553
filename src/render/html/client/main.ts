// The interactive map page: reads the universe embedded in the page (a JSON <script> block,
// never executed), draws it, and wires the search box, system panel, route finder, legend,
// filters and — when served by `preview` — live updates pushed by the server.
// The route is found by findRoute, the same module the `route` command runs.
import { findRoute } from '../../../inspect/route.js';
import { BORDER_LANE_COLOUR, GENESIS_COLOUR, LANE_COLOUR, SECURITY_COLOURS, securityColour } from '../../map-style.js';
import type { PageData } from '../page-data.js';
import { byId, el, grouped } from './dom.js';
import { DIMMED, HIDDEN, MapView, ROUTE_COLOUR, SHOWN, WORMHOLE_COLOUR } from './map-view.js';
import { SystemPanel } from './panel.js';
import { NameIndex } from './search-rank.js';
import { attachSuggestions } from './suggestions.js';
import { decodeUniverse, routeTables, type Universe } from './universe.js';

interface StudioOptions {
  /** Served by `preview`: listen for new universes on this server-sent events URL. */
  eventsUrl?: string;
  /** Served by `preview`: the version of the embedded universe. */
  version?: number;
}

function readJsonBlock<T>(id: string): T {
  return JSON.parse(byId<HTMLScriptElement>(id).textContent ?? 'null') as T;
}

class Studio {
  universe!: Universe;
  names!: NameIndex;
  private tables: ReturnType<typeof routeTables> | null = null;
  private route: number[] = [];
  readonly view: MapView;
  readonly panel: SystemPanel;
  private readonly search = byId<HTMLInputElement>('search');
  private readonly routeFrom = byId<HTMLInputElement>('route-from');
  private readonly routeTo = byId<HTMLInputElement>('route-to');

  constructor(data: PageData) {
    this.view = new MapView(byId<HTMLCanvasElement>('map'), {
      pick: (system) => (system >= 0 ? this.select(system, false) : undefined),
      covered: () => {
        const header = document.querySelector('header')?.getBoundingClientRect();
        const panel = byId('system-panel');
        return { left: header ? header.right + 10 : 0, right: panel.hidden ? 0 : window.innerWidth - panel.getBoundingClientRect().left + 10 };
      },
      cards: () =>
        Array.from(document.querySelectorAll<HTMLElement>('.card, #system-panel, #problem'))
          .filter((card) => !card.hidden)
          .map((card) => {
            const r = card.getBoundingClientRect();
            return { x: r.left, y: r.top, width: r.width, height: r.height };
          }),
    });
    this.panel = new SystemPanel(() => this.universe, {
      open: (system) => this.select(system, true),
      routeFrom: (system) => {
        this.routeFrom.value = this.universe.names[system];
        this.showRoute();
      },
      routeTo: (system) => {
        this.routeTo.value = this.universe.names[system];
        this.showRoute();
      },
      close: () => this.select(-1, false),
    });
    this.load(data, false);
    attachSuggestions(this.search, byId('search-suggestions'), () => this.names, (system) => this.select(system, true));
    attachSuggestions(this.routeFrom, byId('route-from-suggestions'), () => this.names, () => this.routeTo.focus());
    attachSuggestions(this.routeTo, byId('route-to-suggestions'), () => this.names, () => this.showRoute());
    byId<HTMLFormElement>('route-form').addEventListener('submit', (event) => {
      event.preventDefault();
      this.showRoute();
    });
    byId('route-clear').addEventListener('click', () => this.clearRoute());
    this.search.disabled = false;
    this.search.placeholder = 'e.g. ' + (this.universe.starter >= 0 ? this.universe.names[this.universe.starter] : this.universe.names[0] ?? '');
  }

  /** Shows a universe; a live update keeps the view, the selection and the route by name. */
  load(data: PageData, keepView: boolean): void {
    const selectedName = this.panel.system >= 0 ? this.universe.names[this.panel.system] : null;
    this.universe = decodeUniverse(data);
    this.names = new NameIndex(this.universe.names);
    this.tables = null;
    this.view.setUniverse(this.universe, keepView);
    showContext(data);
    buildFilters(this.universe, () => this.applyFilters());
    const again = selectedName === null ? undefined : this.universe.indexByName.get(selectedName);
    if (again !== undefined) this.select(again, false);
    else this.select(-1, false);
    if (keepView && this.route.length > 0) this.showRoute();
    else this.clearRoute();
    document.body.dataset.systems = String(this.universe.count);
  }

  select(system: number, centre: boolean): void {
    this.view.setSelected(system);
    if (system < 0) {
      this.panel.hide();
      return;
    }
    this.panel.show(system);
    if (centre) this.view.centreOn(system);
    document.body.dataset.selected = this.universe.names[system];
  }

  showRoute(): void {
    const status = byId('route-status');
    const list = byId('route-list');
    const [from, to] = [this.routeFrom.value.trim(), this.routeTo.value.trim()];
    if (from === '' || to === '') {
      status.textContent = 'Give both systems of the route.';
      return;
    }
    this.tables ??= routeTables(this.universe);
    let names: string[];
    try {
      names = findRoute(this.tables, from, to);
    } catch (error) {
      status.textContent = error instanceof Error ? error.message : String(error);
      list.replaceChildren();
      this.route = [];
      this.view.setRoute([]);
      return;
    }
    this.route = names.map((name) => this.universe.indexByName.get(name) ?? -1).filter((system) => system >= 0);
    status.textContent = `${names[0]} → ${names[names.length - 1]}: ${grouped(names.length - 1)} jump${names.length === 2 ? '' : 's'}`;
    list.replaceChildren(
      ...this.route.map((system) =>
        el('li', {}, el('span', { class: 'security', style: `color:${securityColour(this.universe.security[system])}` }, this.universe.security[system].toFixed(1)), ' ', this.universe.names[system]),
      ),
    );
    list.dataset.jumps = String(this.route.length - 1);
    this.view.setRoute(this.route);
    this.view.fit(this.route);
  }

  clearRoute(): void {
    this.route = [];
    byId('route-status').textContent = '';
    byId('route-list').replaceChildren();
    this.view.setRoute([]);
  }

  applyFilters(): void {
    const u = this.universe;
    const bands = new Set(Array.from(document.querySelectorAll<HTMLInputElement>('#filter-security input:checked'), (box) => box.value));
    const region = Number(byId<HTMLSelectElement>('filter-region').value);
    const visibility = new Uint8Array(u.count);
    const inRegion: number[] = [];
    for (let i = 0; i < u.count; i++) {
      if (!bands.has(u.securityClass[i])) visibility[i] = HIDDEN;
      else visibility[i] = region < 0 || u.region[i] === region ? SHOWN : DIMMED;
      if (u.region[i] === region) inRegion.push(i);
    }
    this.view.setVisibility(visibility);
    if (region >= 0) this.view.fit(inRegion);
  }
}

function showContext(data: PageData): void {
  const { meta } = data;
  byId('title').textContent = meta.title;
  const seed = meta.seed === null ? 'seed not recorded' : `seed ${meta.seed}`;
  const preset = meta.preset === null ? 'preset not recorded' : `preset ${meta.preset}`;
  const counts: [string, string][] = [
    ['regions', 'regions'],
    ['constellations', 'constellations'],
    ['solar_systems', 'systems'],
    ['planets', 'planets'],
    ['moons', 'moons'],
    ['stations', 'stations'],
    ['stargates', 'stargates'],
    ['asteroid_belts', 'belts'],
    ['anomalies', 'anomalies'],
    ['wormholes', 'wormholes'],
  ];
  byId('context').textContent = `${seed} · ${preset}`;
  byId('counts').textContent = counts.map(([table, word]) => `${grouped(meta.counts[table] ?? 0)} ${word}`).join(' · ');
  document.title = meta.title;
}

function legendRow(swatch: Node, text: string): HTMLElement {
  return el('li', {}, swatch, ' ', text);
}

function lineSwatch(colour: string, width: number, dash = ''): SVGSVGElement {
  const svgElement = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svgElement.setAttribute('width', '28');
  svgElement.setAttribute('height', '10');
  svgElement.setAttribute('aria-hidden', 'true');
  const line = document.createElementNS('http://www.w3.org/2000/svg', 'line');
  for (const [k, v] of Object.entries({ x1: '2', y1: '5', x2: '26', y2: '5', stroke: colour, 'stroke-width': String(width), 'stroke-dasharray': dash })) line.setAttribute(k, v);
  svgElement.append(line);
  return svgElement;
}

function buildLegend(): void {
  const ramp = el('span', { class: 'ramp', 'aria-hidden': 'true' }, ...[...SECURITY_COLOURS].reverse().map((colour) => el('span', { style: `background:${colour}` })));
  byId('legend-list').replaceChildren(
    el('li', { class: 'ramp-row' }, 'Security 1.0 ', ramp, ' 0.0'),
    legendRow(lineSwatch(LANE_COLOUR, 1.5), 'stargate lane'),
    legendRow(lineSwatch(BORDER_LANE_COLOUR, 2), 'lane between regions'),
    legendRow(lineSwatch(WORMHOLE_COLOUR, 1.5, '4 3'), 'wormhole'),
    legendRow(lineSwatch('rgba(200,215,235,0.8)', 1.5), 'region border'),
    legendRow(lineSwatch('rgba(160,180,210,0.6)', 1, '3 3'), 'constellation border'),
    legendRow(el('span', { class: 'star-mark', style: `color:${GENESIS_COLOUR}`, 'aria-hidden': 'true' }, '✦'), 'starter system'),
    legendRow(lineSwatch(ROUTE_COLOUR, 3), 'route'),
  );
}

function buildFilters(u: Universe, apply: () => void): void {
  const security = byId('filter-security');
  if (security.querySelector('input') === null) {
    for (const [value, text] of [
      ['high', 'High-sec (0.5–1.0)'],
      ['low', 'Low-sec (0.1–0.4)'],
      ['null', 'Null-sec (0.0)'],
    ]) {
      const box = el('input', { type: 'checkbox', value, checked: '' });
      box.addEventListener('change', apply);
      security.append(el('label', {}, box, ' ', text));
    }
  }
  const select = byId<HTMLSelectElement>('filter-region');
  const regions = u.data.regions.name.map((name, index) => ({ name, index })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  select.replaceChildren(el('option', { value: '-1' }, 'All regions'), ...regions.map((region) => el('option', { value: String(region.index) }, region.name)));
  select.onchange = apply;
  for (const box of Array.from(security.querySelectorAll('input'))) box.checked = true;
}

function listen(studio: Studio, url: string, version: number): void {
  const problem = byId('problem');
  const source = new EventSource(`${url}?version=${version}`);
  source.addEventListener('universe', (event) => {
    studio.load(JSON.parse((event as MessageEvent<string>).data) as PageData, true);
    problem.hidden = true;
    problem.textContent = '';
    document.body.dataset.updates = String(Number(document.body.dataset.updates ?? '0') + 1);
  });
  source.addEventListener('problem', (event) => {
    problem.textContent = (event as MessageEvent<string>).data;
    problem.hidden = false;
  });
}

declare global {
  interface Window {
    /** For tests and the curious: the placed labels and a system's position on screen. */
    echoesStudio?: { labels(): { x: number; y: number; width: number; height: number; text: string }[]; screenPosition(name: string): [number, number] | null };
  }
}

function start(): void {
  buildLegend();
  const studio = new Studio(readJsonBlock<PageData>('universe-data'));
  const options = readJsonBlock<StudioOptions>('studio-options');
  if (options.eventsUrl !== undefined) listen(studio, options.eventsUrl, options.version ?? 0);
  window.echoesStudio = {
    labels: () => studio.view.placedLabels(),
    screenPosition: (name) => {
      const system = studio.universe.indexByName.get(name);
      return system === undefined ? null : studio.view.screenPosition(system);
    },
  };
  document.body.dataset.ready = 'true';
}

start();
