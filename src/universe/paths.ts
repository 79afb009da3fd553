// Place paths: the names of entities and stages in the universe that ids and random streams
// are derived from (PRODUCT.md R3). An entity's path depends only on its place (system 42,
// planet 3), never on parameters of later stages, so ids stay put when those change.

export const regionPath = (region: number): string => `r${region}`;
export const constellationPath = (constellation: number): string => `c${constellation}`;
export const systemPath = (system: number): string => `s${system}`;
export const planetPath = (systemPathText: string, planet: number): string => `${systemPathText}/p${planet}`;
export const moonPath = (planetPathText: string, moon: number): string => `${planetPathText}/m${moon}`;
export const stationPath = (systemPathText: string, station: number): string => `${systemPathText}/st${station}`;
export const gatePath = (systemPathText: string, destination: number): string => `${systemPathText}/g${destination}`;
export const beltPath = (systemPathText: string, belt: number): string => `${systemPathText}/b${belt}`;
export const anomalyPath = (systemPathText: string, anomaly: number): string => `${systemPathText}/a${anomaly}`;
export const wormholePath = (wormhole: number): string => `w${wormhole}`;
export const corporationPath = (name: string): string => `corporation/${name}`;

/** The random stream of one stage of one system, e.g. "moons/s42". */
export const stageStream = (stage: string, systemPathText: string): string => `${stage}/${systemPathText}`;
