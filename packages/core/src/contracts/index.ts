export * from './audit';
export * from './auth';
export * from './common';
export * from './invitations';
export * from './members';
export * from './org';
export * from './structure';
export * from './tokens';
