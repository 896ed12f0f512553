import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildTree, subtreeIds, wouldCreateCycle } from './tree';

const nodes = [
  { id: 'sales', parentId: null },
  { id: 'east', parentId: 'sales' },
  { id: 'west', parentId: 'sales' },
  { id: 'boston', parentId: 'east' },
  { id: 'orphan', parentId: 'gone' },
];

describe('trees of teams and regions', () => {
  it('nests children under parents; a node with a missing parent becomes a root', () => {
    const roots = buildTree(nodes);
    expect(roots.map((r) => r.id)).toEqual(['sales', 'orphan']);
    expect(roots[0]?.children.map((c) => c.id)).toEqual(['east', 'west']);
    expect(roots[0]?.children[0]?.children.map((c) => c.id)).toEqual(['boston']);
  });

  it('collects a subtree', () => {
    expect([...subtreeIds(nodes, ['east'])].sort()).toEqual(['boston', 'east']);
    expect(subtreeIds(nodes, ['sales']).size).toBe(4);
  });

  it('refuses moves that make a node its own ancestor', () => {
    expect(wouldCreateCycle(nodes, 'sales', 'boston')).toBe(true);
    expect(wouldCreateCycle(nodes, 'east', 'east')).toBe(true);
    expect(wouldCreateCycle(nodes, 'boston', 'west')).toBe(false);
    expect(wouldCreateCycle(nodes, 'east', null)).toBe(false);
  });

  it('keeps every node exactly once, whatever the shape (property)', () => {
    // Random forests: each node's parent is an earlier node or none, so the input is acyclic.
    const forest = fc
      .array(fc.nat(), { maxLength: 40 })
      .map((picks) =>
        picks.map((pick, i) => ({ id: `n${i}`, parentId: i === 0 || pick % 3 === 0 ? null : `n${pick % i}` })),
      );
    fc.assert(
      fc.property(forest, (list) => {
        const seen: string[] = [];
        const walk = (tree: ReturnType<typeof buildTree>) => {
          for (const node of tree) {
            seen.push(node.id);
            walk(node.children);
          }
        };
        walk(buildTree(list));
        expect(seen.sort()).toEqual(list.map((n) => n.id).sort());
        for (const node of list) expect(wouldCreateCycle(list, node.id, node.parentId)).toBe(false);
      }),
    );
  });
});
