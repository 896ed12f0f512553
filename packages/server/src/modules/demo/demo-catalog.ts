import type { ProductLinePriority, StageKind } from '@pacer/core';
import { deriveSeed, Random } from './demo-random';

/** The org-wide CRM setup of the demo: pipelines with their stages, product lines and products. */

export interface PlannedStage {
  id: string;
  pipelineId: string;
  name: string;
  position: number;
  probability: number;
  kind: StageKind;
}

export interface PlannedPipeline {
  id: string;
  key: 'new' | 'renewals';
  name: string;
  position: number;
  isDefault: boolean;
  stages: PlannedStage[];
}

export interface PlannedProduct {
  id: string;
  lineId: string;
  name: string;
  sku: string;
  /** List price in cents. */
  priceCents: number;
  description: string;
  differentiators: string[];
  competitorProducts: { competitor: string; product: string | null; notes: string | null }[];
}

export interface PlannedLine {
  id: string;
  key: 'safety' | 'tools' | 'fasteners' | 'facility' | 'service';
  name: string;
  priority: ProductLinePriority;
  description: string;
  /** Share of deals that include this line. */
  weight: number;
  /** Typical discount range in whole percent [min, max]. */
  discount: [number, number];
  products: PlannedProduct[];
}

export interface Catalog {
  pipelines: PlannedPipeline[];
  lines: PlannedLine[];
}

type StageSpec = [name: string, probability: number, kind: StageKind];

const pipelineSpecs: { key: PlannedPipeline['key']; name: string; stages: StageSpec[] }[] = [
  {
    key: 'new',
    name: 'New business',
    stages: [
      ['Prospecting', 10, 'open'],
      ['Qualified', 25, 'open'],
      ['Proposal', 50, 'open'],
      ['Negotiation', 75, 'open'],
      ['Won', 100, 'won'],
      ['Lost', 0, 'lost'],
    ],
  },
  {
    key: 'renewals',
    name: 'Renewals',
    stages: [
      ['Renewal due', 60, 'open'],
      ['Quote sent', 80, 'open'],
      ['Renewed', 100, 'won'],
      ['Churned', 0, 'lost'],
    ],
  },
];

type ProductSpec = [name: string, sku: string, price: number, differentiators: string[], rival: [string, string]];

const lineSpecs: (Omit<PlannedLine, 'id' | 'products'> & { products: ProductSpec[] })[] = [
  {
    key: 'safety',
    name: 'Safety & PPE',
    priority: 'standard',
    description: 'Hard hats, gloves, eyewear, hearing and fall protection.',
    weight: 30,
    discount: [0, 10],
    products: [
      ['Vented hard hat, case of 12', 'SAF-101', 189, ['ANSI Type I certified'], ['Apex Industrial', 'HardGuard']],
      ['Cut-resistant gloves, 12 pairs', 'SAF-114', 96.5, ['Level A4 cut rating'], ['Bolt & Co.', 'GripMax']],
      ['Safety glasses, box of 24', 'SAF-122', 72, ['Anti-fog coating'], ['Unified Supply', 'ClearView']],
      ['Fall protection kit', 'SAF-140', 349, ['Harness fits 95 % of workers'], ['Apex Industrial', 'SafeLine']],
      ['Ear plugs, 200 pairs', 'SAF-151', 54.9, ['33 dB noise reduction'], ['ProSource Direct', 'Quiet']],
    ],
  },
  {
    key: 'tools',
    name: 'Power Tools',
    priority: 'push',
    description: 'Cordless drills, saws and grinders on one battery platform.',
    weight: 24,
    discount: [0, 8],
    products: [
      [
        'Cordless drill kit 18 V',
        'PT-200',
        229,
        ['5-year warranty', 'Batteries fit every tool'],
        ['Midland Tools', 'D18'],
      ],
      ['Angle grinder 5"', 'PT-215', 149, ['Kickback brake'], ['Bolt & Co.', 'G5']],
      ['Circular saw 7¼"', 'PT-230', 199, ['Laser guide'], ['Midland Tools', 'CS7']],
      ['Impact driver 18 V', 'PT-242', 179, ['Three-speed gearbox'], ['Apex Industrial', 'ID-3']],
      ['Battery pack 5 Ah, 2-pack', 'PT-290', 159, ['Charge in 45 minutes'], ['Midland Tools', 'B5']],
    ],
  },
  {
    key: 'fasteners',
    name: 'Fasteners & Hardware',
    priority: 'loss_leader',
    description: 'Screws, bolts, anchors and hardware by the box: sold near cost to win the account.',
    weight: 22,
    discount: [5, 20],
    products: [
      ['Hex bolts assortment, 500 pcs', 'FH-300', 64, ['Grade 8 steel'], ['Unified Supply', 'Bolt box']],
      ['Wood screws, 1,000 pcs', 'FH-312', 38.75, ['Star drive, no cam-out'], ['ProSource Direct', 'WS1000']],
      ['Concrete anchors, 100 pcs', 'FH-325', 57, ['Rated for cracked concrete'], ['Bolt & Co.', 'Anchor']],
      ['Shelving hardware kit', 'FH-340', 119, ['Tool-free assembly'], ['Unified Supply', 'RackKit']],
    ],
  },
  {
    key: 'facility',
    name: 'Janitorial & Facility',
    priority: 'standard',
    description: 'Cleaning supplies, paper, liners and facility consumables.',
    weight: 18,
    discount: [0, 12],
    products: [
      ['Paper towels, case of 12 rolls', 'JF-400', 46, ['Made from recycled fibre'], ['ProSource Direct', 'Towel']],
      ['Floor cleaner concentrate, 4 gal', 'JF-415', 84, ['Dilutes 1:256'], ['Unified Supply', 'Clean+']],
      ['Trash liners, 250 pcs', 'JF-422', 39.5, ['Puncture resistant'], ['Apex Industrial', 'Liner']],
      ['Hand soap refills, case of 6', 'JF-436', 71, ['Fits every dispenser we sell'], ['Bolt & Co.', 'Soap']],
    ],
  },
  {
    key: 'service',
    name: 'Maintenance Services',
    priority: 'push',
    description: 'Annual vending, tool repair and stock-room management contracts; renewed each year.',
    weight: 12,
    discount: [0, 5],
    products: [
      ['Managed stock room, annual', 'MS-500', 9600, ['Weekly restock visits'], ['Apex Industrial', 'StockPro']],
      ['Tool repair plan, annual', 'MS-510', 2400, ['48-hour turnaround'], ['Midland Tools', 'FixIt']],
      ['Vending machine program, annual', 'MS-520', 6000, ['24/7 access to PPE'], ['Unified Supply', 'Vend']],
    ],
  },
];

/** The demo org's pipelines and catalog, with ids drawn from the seed. */
export const planCatalog = (seed: number): Catalog => {
  const random = new Random(deriveSeed(seed, 'catalog'));
  const pipelines = pipelineSpecs.map((spec, position): PlannedPipeline => {
    const id = random.uuid();
    return {
      id,
      key: spec.key,
      name: spec.name,
      position,
      isDefault: spec.key === 'new',
      stages: spec.stages.map(([name, probability, kind], stagePosition) => ({
        id: random.uuid(),
        pipelineId: id,
        name,
        position: stagePosition,
        probability,
        kind,
      })),
    };
  });
  const lines = lineSpecs.map((spec): PlannedLine => {
    const id = random.uuid();
    return {
      ...spec,
      id,
      products: spec.products.map(([name, sku, price, differentiators, [competitor, product]]) => ({
        id: random.uuid(),
        lineId: id,
        name,
        sku,
        priceCents: Math.round(price * 100),
        description: `${name}. ${spec.description}`,
        differentiators: [...differentiators, 'Next-day delivery from regional warehouses'],
        competitorProducts: [
          { competitor, product, notes: 'We win on delivery and service; match price only on volume.' },
        ],
      })),
    };
  });
  return { pipelines, lines };
};
