import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from 'd3-force';

import type { CitationGraph, CitationNode } from '../../app/corpus/citation-graph';

/** A node placed in the map's box: `x`, `y` in CSS pixels from its top left corner. */
export type PlacedNode = CitationNode & { x: number; y: number };

export interface PlacedGraph {
  nodes: PlacedNode[];
  edges: Array<{ from: PlacedNode; to: PlacedNode }>;
}

type Sim = SimulationNodeDatum & { node: CitationNode };

/**
 * Places the citation map with d3-force (velocity Verlet; its own seeded random source, so the
 * same graph always gets the same picture): the open letter fixed in the middle, links pulling
 * neighbours to about 90 px, nodes repelling and never overlapping, each depth drawn to its own
 * ring; run to rest at once (no animation), then kept `margin` px inside the `width` × `height` box.
 */
export function placeGraph(graph: CitationGraph, width: number, height: number, margin = 36): PlacedGraph {
  const [cx, cy] = [width / 2, height / 2];
  const sims: Sim[] = graph.nodes.map((node) => (node.depth === 0 ? { node, fx: cx, fy: cy } : { node }));
  const byId = new Map(sims.map((sim) => [sim.node.id, sim]));
  const links: SimulationLinkDatum<Sim>[] = graph.edges.map((edge) => ({ source: byId.get(edge.from)!, target: byId.get(edge.to)! }));
  const simulation = forceSimulation(sims)
    .force('link', forceLink(links).distance(110).strength(0.5))
    .force('charge', forceManyBody().strength(-260))
    .force(
      'collide',
      forceCollide<Sim>((sim) => (sim.node.depth === 2 ? 16 : 40)),
    )
    .force('x', forceX(cx).strength(0.06))
    .force('y', forceY(cy).strength(0.1))
    .stop();
  simulation.tick(300);
  const clamp = (value: number, max: number) => Math.min(max - margin, Math.max(margin, value));
  const placed = new Map(sims.map((sim) => [sim.node.id, { ...sim.node, x: clamp(sim.x ?? cx, width), y: clamp(sim.y ?? cy, height) }]));
  return {
    nodes: [...placed.values()],
    edges: graph.edges.map((edge) => ({ from: placed.get(edge.from)!, to: placed.get(edge.to)! })),
  };
}
