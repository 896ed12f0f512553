import { lazyRouteComponent } from '@tanstack/react-router';

/**
 * The CRM pages, each loaded when first needed (hovering a link to it is enough): the app's first
 * load stays small, and a page's code arrives with its data.
 */
export const crmPages = {
  accounts: lazyRouteComponent(() => import('../accounts/accounts-page'), 'AccountsPage'),
  account: lazyRouteComponent(() => import('../accounts/account-page'), 'AccountPage'),
  contacts: lazyRouteComponent(() => import('../contacts/contacts-page'), 'ContactsPage'),
  contact: lazyRouteComponent(() => import('../contacts/contact-page'), 'ContactPage'),
  leads: lazyRouteComponent(() => import('../leads/leads-page'), 'LeadsPage'),
  lead: lazyRouteComponent(() => import('../leads/lead-page'), 'LeadPage'),
  deals: lazyRouteComponent(() => import('../deals/deals-page'), 'DealsPage'),
  deal: lazyRouteComponent(() => import('../deals/deal-page'), 'DealPage'),
  activities: lazyRouteComponent(() => import('../activities/activities-page'), 'ActivitiesPage'),
  estimates: lazyRouteComponent(() => import('../estimates/estimates-page'), 'EstimatesPage'),
  estimateSummary: lazyRouteComponent(() => import('../estimates/estimate-summary-page'), 'EstimateSummaryPage'),
  products: lazyRouteComponent(() => import('../products/products-page'), 'ProductsPage'),
  pipelines: lazyRouteComponent(() => import('../pipelines/pipelines-page'), 'PipelinesPage'),
  customFields: lazyRouteComponent(() => import('../custom-fields/custom-fields-page'), 'CustomFieldsPage'),
};
