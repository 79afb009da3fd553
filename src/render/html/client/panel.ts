// The system panel: an <aside> landmark named after the selected system (aria-labelledby its
// heading) listing the star, planets in orbit order with their moons, stations and services,
// belts and ores, anomalies, stargates (each a link that opens its destination) and wormholes.
// A toggle switches the list for an orbit diagram of the same system.
import { securityColour } from '../../map-style.js';
import { byId, el, grouped, svg } from './dom.js';
import { systemDetail, type SystemDetail, type Universe } from './universe.js';

export interface PanelActions {
  open(system: number): void;
  routeFrom(system: number): void;
  routeTo(system: number): void;
  close(): void;
}

const PLANET_COLOURS: Record<string, string> = {
  Lava: '#ff6b3d',
  Terrestrial: '#5fb86f',
  'Gas Giant': '#e0b36b',
  Ice: '#bfe6ff',
};

const STAR_COLOURS: Record<string, string> = { O: '#9bb0ff', B: '#aabfff', A: '#cad7ff', F: '#f8f7ff', G: '#fff4ea', K: '#ffd2a1', M: '#ffb56c' };

function securityBadge(security: number): HTMLElement {
  return el('span', { class: 'security', style: `color:${securityColour(security)}` }, security.toFixed(1));
}

function temperature(kelvin: number | null): string {
  return kelvin === null ? 'temperature unknown' : `${grouped(kelvin)} K`;
}

function plural(count: number, word: string): string {
  return `${grouped(count)} ${word}${count === 1 ? '' : 's'}`;
}

function systemLink(u: Universe, system: number, actions: PanelActions, text: string): HTMLAnchorElement {
  const link = el('a', { href: `#system=${encodeURIComponent(u.names[system])}`, 'data-system': String(system) }, text);
  link.addEventListener('click', (event) => {
    event.preventDefault();
    actions.open(system);
  });
  return link;
}

function section(title: string, count: number, body: Node): HTMLElement {
  return el('section', {}, el('h3', {}, `${title} (${grouped(count)})`), body);
}

function listView(u: Universe, detail: SystemDetail, actions: PanelActions): HTMLElement {
  const planets = el(
    'ol',
    { class: 'planets' },
    ...detail.planets.map((planet) =>
      el(
        'li',
        {},
        el('strong', {}, planet.name),
        ` — ${planet.type}, ${temperature(planet.temperatureK)}, ${planet.orbitAu.toFixed(2)} AU`,
        planet.moons.length > 0
          ? el('details', {}, el('summary', {}, plural(planet.moons.length, 'moon')), el('ul', { class: 'moons' }, ...planet.moons.map((moon) => el('li', {}, moon))))
          : ' — no moons',
      ),
    ),
  );
  const stations = el(
    'ul',
    {},
    ...detail.stations.map((station) => el('li', {}, el('strong', {}, station.name), ` — ${station.type}; ${station.services.length > 0 ? station.services.join(', ') : 'no services'}`)),
  );
  const belts = el('ul', {}, ...detail.belts.map((belt) => el('li', {}, `${belt.name} — ${belt.ore ?? 'no ore'}`)));
  const anomalies = el('ul', {}, ...detail.anomalies.map((anomaly) => el('li', {}, anomaly.difficulty === null ? anomaly.type : `${anomaly.type} (${anomaly.difficulty})`)));
  const gates = el(
    'ul',
    { class: 'gates' },
    ...detail.gates.map((gate) => el('li', {}, systemLink(u, gate.destination, actions, gate.name), ' ', securityBadge(u.security[gate.destination]))),
  );
  const wormholes = el(
    'ul',
    {},
    ...detail.wormholes.map((w) =>
      el('li', {}, w.direction === 'out' ? 'to ' : 'from ', systemLink(u, w.destination, actions, u.names[w.destination]), ' ', securityBadge(u.security[w.destination])),
    ),
  );
  const sections = [
    section('Planets', detail.planets.length, planets),
    section('Stations', detail.stations.length, stations),
    section('Asteroid belts', detail.belts.length, belts),
    section('Anomalies', detail.anomalies.length, anomalies),
    section('Stargates', detail.gates.length, gates),
  ];
  if (detail.wormholes.length > 0) sections.push(section('Wormholes', detail.wormholes.length, wormholes));
  return el('div', { class: 'panel-list' }, ...sections);
}

/** The system from above: the star in the middle, planet orbits on a log scale (inner planets stay apart). */
export function orbitDiagram(detail: SystemDetail): SVGSVGElement {
  const size = 320;
  const centre = size / 2;
  const maxAu = Math.max(0.1, ...detail.planets.map((p) => p.orbitAu));
  const radius = (au: number): number => 18 + ((centre - 30) * Math.log1p(au / 0.05)) / Math.log1p(maxAu / 0.05);
  const starColour = STAR_COLOURS[detail.star.type ?? ''] ?? '#fff4ea';
  const parts: SVGElement[] = [svg('circle', { cx: centre, cy: centre, r: 9, fill: starColour }, svg('title', {}, `${detail.star.type ?? '?'} star, ${temperature(detail.star.temperatureK)}`))];
  detail.planets.forEach((planet, k) => {
    const r = radius(planet.orbitAu);
    const angle = k * 2.39996 - Math.PI / 2; // golden angle apart, so neighbours never line up
    const [x, y] = [centre + r * Math.cos(angle), centre + r * Math.sin(angle)];
    parts.push(svg('circle', { cx: centre, cy: centre, r: r.toFixed(1), fill: 'none', stroke: '#2a3550', 'stroke-width': 1 }));
    parts.push(
      svg(
        'circle',
        { cx: x.toFixed(1), cy: y.toFixed(1), r: 4 + Math.min(3, planet.moons.length / 4), fill: PLANET_COLOURS[planet.type] ?? '#c8d3e0', class: 'planet' },
        svg('title', {}, `${planet.name}: ${planet.type}, ${temperature(planet.temperatureK)}, ${planet.orbitAu.toFixed(2)} AU, ${plural(planet.moons.length, 'moon')}`),
      ),
    );
    parts.push(svg('text', { x: (x + 7).toFixed(1), y: (y + 4).toFixed(1), fill: '#c8d3e0', 'font-size': 10 }, planet.name.slice(detail.name.length).trim() || planet.name));
  });
  return svg('svg', { viewBox: `0 0 ${size} ${size}`, width: size, height: size, role: 'img', 'aria-label': `Orbit diagram of ${detail.name}` }, ...parts);
}

export class SystemPanel {
  private readonly aside = byId<HTMLElement>('system-panel');
  private diagram = false;
  private current = -1;

  constructor(
    private readonly universe: () => Universe,
    private readonly actions: PanelActions,
  ) {}

  get system(): number {
    return this.current;
  }

  show(system: number): void {
    const u = this.universe();
    this.current = system;
    const detail = systemDetail(u, system);
    const toggle = el('button', { type: 'button', 'aria-pressed': String(this.diagram) }, 'Orbit diagram');
    toggle.addEventListener('click', () => {
      this.diagram = !this.diagram;
      this.show(system);
    });
    const from = el('button', { type: 'button' }, 'Route from here');
    from.addEventListener('click', () => this.actions.routeFrom(system));
    const to = el('button', { type: 'button' }, 'Route to here');
    to.addEventListener('click', () => this.actions.routeTo(system));
    const close = el('button', { type: 'button', class: 'close', 'aria-label': 'Close the system panel' }, '×');
    close.addEventListener('click', () => this.actions.close());
    this.aside.replaceChildren(
      el('div', { class: 'panel-head' }, el('h2', { id: 'panel-title' }, detail.name), close),
      el('p', { class: 'where' }, securityBadge(detail.security), ` ${detail.securityClass}-sec · ${detail.region} › ${detail.constellation}`),
      el('p', { class: 'star' }, `Star: ${detail.star.type ?? 'unknown'} type, ${temperature(detail.star.temperatureK)}`),
      el('div', { class: 'panel-actions' }, toggle, from, to),
      this.diagram ? orbitDiagram(detail) : listView(u, detail, this.actions),
    );
    this.aside.hidden = false;
    this.aside.scrollTop = 0;
  }

  hide(): void {
    this.current = -1;
    this.aside.hidden = true;
  }
}
