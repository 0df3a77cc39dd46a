export * from './lib/trajectories.routes';
