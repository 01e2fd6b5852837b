// The schema in one place for drizzle's typed client and drizzle-kit.
export * from './articles';
export * from './catalogue';
export * from './decisions';
export * from './people';
export * from './regions';
export * from './review';
export * from './change-requests';
