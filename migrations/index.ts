import * as migration_20261128_060609_initial from './20261128_060609_initial';

export const migrations = [
  {
    up: migration_20261128_060609_initial.up,
    down: migration_20261128_060609_initial.down,
    name: '20261128_060609_initial'
  },
];
