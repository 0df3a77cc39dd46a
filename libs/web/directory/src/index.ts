export * from './lib/web-directory/web-directory';
