import * as migration_20261128_061043_initial from './20261128_061043_initial';

export const migrations = [
  {
    up: migration_20261128_061043_initial.up,
    down: migration_20261128_061043_initial.down,
    name: '20261128_061043_initial'
  },
];
