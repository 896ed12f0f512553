export * from './access/roles';
export * from './contracts/index';
export * from './errors';
export * from './locales';
export * from './org-settings';
export * from './periods/fiscal-year';
export * from './periods/local-date';
export * from './structure/tree';
