import type {DiagramBlock, DiagramLayer} from "../models/zoo/describeModel.js";

/** A node of a block's drawing: one of its layers, or what feeds the block from outside. */
export interface LayoutNode {
  id: string;
  /** The layer, or undefined for an outside input. */
  layer?: DiagramLayer;
  /** For an outside input: the layers it stands for (several collapse into one node). */
  sources?: string[];
  /** Row: the longest path from the block's inputs. */
  rank: number;
  /** Column: a chain of layers stays in one lane; a new branch opens the next lane. */
  lane: number;
}

/** An edge between two nodes of a block's drawing. */
export interface LayoutEdge {
  from: string;
  to: string;
}

/** A block laid out in ranks and lanes. */
export interface BlockLayout {
  nodes: LayoutNode[];
  edges: LayoutEdge[];
  ranks: number;
  lanes: number;
}

/** More outside inputs than this collapse into one node (a dense layer takes every earlier layer's output). */
const maxSeparateInputs = 3;
const collapsedInputs = "(inputs)";

/**
 * Lays out a block's layers as a layered drawing: each layer's row is its longest path from the block's
 * inputs, and its lane is its first input's lane if that input has no other child there yet, else a new lane
 * — so chains stay straight and branches (Inception's, a shortcut's projection) sit side by side.
 * Layers are given in creation order, which is a topological order.
 */
export function layoutBlock(block: DiagramBlock): BlockLayout {
  const inside = new Set(block.layers.map((layer) => layer.name));
  const outside = [...new Set(block.layers.flatMap((layer) => layer.inputs.filter((input) => !inside.has(input))))];
  const collapse = outside.length > maxSeparateInputs;
  const sourceId = (name: string) => (inside.has(name) ? name : collapse ? collapsedInputs : `in:${name}`);

  const nodes = new Map<string, LayoutNode>();
  const laneTaken = new Set<string>(); // nodes whose lane a child already continues
  let lanes = 0;
  const inputNodes = collapse
    ? [{id: collapsedInputs, sources: outside}]
    : outside.map((name) => ({id: `in:${name}`, sources: [name]}));
  for (const input of inputNodes) nodes.set(input.id, {...input, rank: 0, lane: lanes++});

  for (const layer of block.layers) {
    const parents = [...new Set(layer.inputs.map(sourceId))].map((id) => nodes.get(id)!);
    const rank = parents.length === 0 ? 0 : Math.max(...parents.map((parent) => parent.rank)) + 1;
    const continued = parents.find((parent) => !laneTaken.has(parent.id));
    let lane: number;
    if (continued) {
      laneTaken.add(continued.id);
      lane = continued.lane;
    } else {
      lane = lanes++;
    }
    nodes.set(layer.name, {id: layer.name, layer, rank, lane});
  }
  const edges = block.layers.flatMap((layer) =>
    [...new Set(layer.inputs.map(sourceId))].map((from) => ({from, to: layer.name}))
  );
  const all = [...nodes.values()];
  return {nodes: all, edges, ranks: Math.max(...all.map((node) => node.rank)) + 1, lanes: Math.max(lanes, 1)};
}
