/** Word lists the demo's companies, people, places and notes are made of. Invented, like the data. */

// One string per list keeps the lists short on the page; `|` separates the words.
const list = (text: string): readonly string[] => text.split('|');

export const companyPrefixes = list(
  'Northwind|Bluewater|Cedar Ridge|Ironwood|Granite|Redline|Harbor|Pinecrest|Silverlake|Oakmont|' +
    'Riverside|Keystone|Lakeshore|Copperfield|Westbrook|Eastgate|Highland|Brightwater|Stonebridge|' +
    'Maple Leaf|Falcon|Summit View|Tri-County|Prairie|Atlas|Beacon|Crescent|Evergreen|Frontier|' +
    'Golden Gate|Heritage|Liberty|Meridian|Pioneer|Sterling|Union|Vantage|Whitfield|Alder|Birchwood|' +
    'Clearview|Driftwood|Elmhurst|Foxhill|Glenwood|Hillcrest|Juniper|Kingsley|Larkspur|Millbrook|' +
    'Norfolk|Orchard|Parkside|Quarry|Rosewood|Sandstone|Timberline|Upland|Valley|Willow',
);

/** Company cores by industry: what the customer does, so names and industries agree. */
export const companyCores: Record<string, readonly string[]> = {
  Manufacturing: ['Fabrication', 'Metalworks', 'Plastics', 'Machining', 'Components', 'Tool & Die'],
  Construction: ['Builders', 'Contracting', 'Construction', 'Concrete', 'Roofing', 'Electric'],
  Healthcare: ['Medical Center', 'Health', 'Dental Group', 'Clinics', 'Senior Living'],
  Logistics: ['Logistics', 'Freight', 'Warehousing', 'Distribution', 'Transport'],
  'Food & Beverage': ['Foods', 'Brewing', 'Bakeries', 'Dairy', 'Packing'],
  Automotive: ['Auto Parts', 'Motors', 'Collision', 'Fleet Services'],
  Energy: ['Energy', 'Power', 'Solar', 'Utilities'],
  Education: ['Academy', 'School District', 'College', 'Learning Center'],
  Hospitality: ['Hotels', 'Resorts', 'Restaurants', 'Catering'],
  Retail: ['Outfitters', 'Markets', 'Home Centers', 'Stores'],
  Government: ['County Facilities', 'Public Works', 'Water Authority'],
  Agriculture: ['Farms', 'Growers', 'Agri Supply', 'Orchards'],
};

/** Industries with how often they buy from an industrial supplier. */
export const industryWeights: readonly (readonly [string, number])[] = [
  ['Manufacturing', 24],
  ['Construction', 16],
  ['Healthcare', 9],
  ['Logistics', 10],
  ['Food & Beverage', 8],
  ['Automotive', 7],
  ['Energy', 5],
  ['Education', 5],
  ['Hospitality', 5],
  ['Retail', 5],
  ['Government', 3],
  ['Agriculture', 3],
];

export const usSuffixes = list('Inc.|LLC|Co.|Group|Corp.');
export const europeSuffixes = list('Ltd|GmbH|S.A.|B.V.|AG');

export interface City {
  city: string;
  region: string;
  country: string;
  /** Phone prefix as dialled from abroad. */
  dial: string;
}

const us = (city: string, region: string, area: string): City => ({ city, region, country: 'US', dial: `+1 ${area}` });
const eu = (city: string, country: string, dial: string): City => ({ city, region: '', country, dial });

/** Cities by the demo's region keys: field teams East and West, inside sales nationwide, partners in Europe. */
export const citiesByRegion: Record<string, readonly City[]> = {
  east: [
    us('New York', 'NY', '212'),
    us('Boston', 'MA', '617'),
    us('Philadelphia', 'PA', '215'),
    us('Baltimore', 'MD', '410'),
    us('Pittsburgh', 'PA', '412'),
    us('Hartford', 'CT', '860'),
    us('Newark', 'NJ', '973'),
    us('Richmond', 'VA', '804'),
    us('Charlotte', 'NC', '704'),
    us('Atlanta', 'GA', '404'),
  ],
  west: [
    us('Seattle', 'WA', '206'),
    us('Portland', 'OR', '503'),
    us('San Francisco', 'CA', '415'),
    us('Los Angeles', 'CA', '213'),
    us('San Diego', 'CA', '619'),
    us('Phoenix', 'AZ', '602'),
    us('Denver', 'CO', '303'),
    us('Salt Lake City', 'UT', '801'),
    us('Las Vegas', 'NV', '702'),
    us('Sacramento', 'CA', '916'),
  ],
  na: [
    us('Chicago', 'IL', '312'),
    us('Dallas', 'TX', '214'),
    us('Houston', 'TX', '713'),
    us('Columbus', 'OH', '614'),
    us('Detroit', 'MI', '313'),
    us('Minneapolis', 'MN', '612'),
    us('St. Louis', 'MO', '314'),
    us('Kansas City', 'MO', '816'),
    us('Nashville', 'TN', '615'),
    us('Indianapolis', 'IN', '317'),
  ],
  europe: [
    eu('London', 'GB', '+44 20'),
    eu('Paris', 'FR', '+33 1'),
    eu('Amsterdam', 'NL', '+31 20'),
    eu('Milan', 'IT', '+39 02'),
    eu('Madrid', 'ES', '+34 91'),
    eu('Stockholm', 'SE', '+46 8'),
  ],
  dach: [
    eu('Berlin', 'DE', '+49 30'),
    eu('Munich', 'DE', '+49 89'),
    eu('Hamburg', 'DE', '+49 40'),
    eu('Vienna', 'AT', '+43 1'),
    eu('Zurich', 'CH', '+41 44'),
    eu('Frankfurt', 'DE', '+49 69'),
  ],
};

export const streets = list(
  'Industrial Pkwy|Commerce Dr|Main St|Harbor Rd|Mill St|Factory Ln|Enterprise Ave|Depot St|' +
    'Railroad Ave|Technology Way|Canal St|Warehouse Rd|Market St|Park Ave|River Rd',
);

export const personFirstNames = list(
  'James|Mary|Robert|Patricia|John|Jennifer|Michael|Linda|David|Elizabeth|William|Barbara|Richard|' +
    'Susan|Joseph|Jessica|Thomas|Sarah|Carlos|Karen|Daniel|Lisa|Matthew|Nancy|Anthony|Betty|Mark|' +
    'Sandra|Steven|Ashley|Paul|Kimberly|Andrew|Emily|Joshua|Donna|Kenneth|Michelle|Kevin|Carol|' +
    'Brian|Amanda|Priya|Wei|Aisha|Mateo|Sofia|Lukas|Anna|Jan|Lea|Giulia|Pierre|Camille|Ahmed|Mei|' +
    'Olga|Diego',
);

export const personLastNames = list(
  'Smith|Johnson|Williams|Brown|Jones|Garcia|Miller|Davis|Rodriguez|Martinez|Hernandez|Lopez|' +
    'Gonzalez|Wilson|Anderson|Thomas|Taylor|Moore|Jackson|Martin|Lee|Perez|Thompson|White|Harris|' +
    'Sanchez|Clark|Ramirez|Lewis|Robinson|Walker|Young|Allen|King|Wright|Scott|Torres|Nguyen|Hill|' +
    'Flores|Green|Adams|Nelson|Baker|Hall|Rivera|Campbell|Mitchell|Carter|Roberts|Müller|Schmidt|' +
    "Wagner|Becker|Dubois|Laurent|Bianchi|Romano|Svensson|Patel|Chen|Kim|Singh|Cohen|Novak|O'Brien",
);

/** Titles of the people who buy supplies, with how often each appears. */
export const contactTitles: readonly (readonly [string, number])[] = [
  ['Purchasing Manager', 14],
  ['Buyer', 12],
  ['Procurement Director', 6],
  ['Operations Manager', 10],
  ['Plant Manager', 8],
  ['Facilities Manager', 9],
  ['Maintenance Supervisor', 8],
  ['Safety Coordinator', 6],
  ['Office Manager', 5],
  ['CFO', 3],
  ['General Manager', 5],
  ['Owner', 4],
  ['Project Manager', 6],
];

/** Industry influencers: people worth knowing who buy nothing themselves. */
export const influencerTitles = list(
  'Editor, Industrial Supply Review|Safety consultant|Trade association chair|' +
    'Facilities management blogger|Procurement analyst',
);

export const leadTitles = list('Purchasing Manager|Buyer|Operations Manager|Facilities Manager|Owner');

export const competitors = list('Apex Industrial|Bolt & Co.|Unified Supply|ProSource Direct|Midland Tools');

export const lostReasons: readonly (readonly [string, number])[] = [
  ['Price too high', 30],
  ['Went with a competitor', 25],
  ['No budget this year', 15],
  ['No decision', 15],
  ['Timing: project postponed', 10],
  ['Product did not fit', 5],
];

export const disqualifiedReasons = list(
  'No budget|Not a fit for our range|Unreachable after several tries|' +
    'Duplicate of an existing customer|Student or job seeker',
);

export const dealContactRoles = list('Decision maker|Champion|Influencer|User|Gatekeeper');

export const callSubjects = list('Reorder check-in|Quote follow-up|Intro call|Delivery question|Pricing call');
export const visitSubjects = list('Site visit|Quarterly business review|Walk the plant floor|Stock check');
export const meetingSubjects = list('Product review|Annual planning|Contract terms|Kick-off with buyers');
export const emailSubjects = list('Quote attached|Re: delivery schedule|New catalog|Price list for next year');
export const presentationSubjects = list('Product demo|Service contract presentation|New range presentation');
export const taskSubjects = list('Send quote|Update price list|Chase open invoice|Prepare samples');

/** Call-report sentences: `{contact}`, `{account}`, `{product}` and `{competitor}` are filled in. */
export const noteTemplates = list(
  'Met {contact}; they are running low on {product} and want a quote by Friday.|' +
    'Walked the floor with {contact}. Current supplier is {competitor}; price is the sticking point.|' +
    '{contact} asked for samples of {product}. Dropping them off next week.|' +
    'Good meeting at {account}. Budget for next quarter looks approved.|' +
    '{contact} is happy with delivery times; reorder expected next month.|' +
    'Presented {product}. {contact} wants a trial on one line before committing.|' +
    'Complaint about a late delivery; promised {contact} a credit note.|' +
    '{account} is opening a second site; {contact} will introduce me to their facilities lead.|' +
    'Left a catalog with {contact}. Follow up on {product} pricing.|' +
    '{contact} compared us with {competitor}; our service contract made the difference.',
);

export const reportSummaries = list(
  'Solid day: visits went to plan, two quotes to send tomorrow.|' +
    'Long drive between sites; one good conversation about service contracts.|' +
    'Mostly reorders today. One new contact at a prospect.|' +
    'Quiet day, customers busy with inventory. Planned next week.|' +
    'Presented the new range twice; both asked for samples.',
);

export const reviewComments = list(
  'Nice work. Push the service contract at the next visit.|' +
    'Good notes. Loop me in on the pricing question.|' +
    'Please log the quotes you mentioned as estimates.|' +
    'Great day. Can you share the competitor pricing you heard?',
);

export const repReplies = list('Will do.|Done, estimates are in.|Sent you the details by mail.');
