// The PK engine workload: 100,000 patients × 28 daily oral doses × 100 sampling times,
// closed form, one core. Each patient gets its own parameters (prepared per patient);
// the output buffer is reused. Prints patient profiles per second.
import { concentrationsAt, preparePkSystem } from "../dist/pk/index.js";

const PATIENTS = 100_000;
const doses = Array.from({ length: 28 }, (_, day) => ({ route: "oral", timeH: 24 * day, amountMg: 100 }));
const times = Float64Array.from({ length: 100 }, (_, index) => (index * 28 * 24) / 100);

export function runPkProfiles(compartments) {
  const out = new Float64Array(times.length);
  let checksum = 0;
  const start = process.hrtime.bigint();
  for (let patient = 0; patient < PATIENTS; patient++) {
    const scale = 1 + ((patient % 97) - 48) / 200; // deterministic spread of parameters
    const parameters = {
      compartments, clearanceLPerH: 3 * scale, centralVolumeL: 40 / scale, absorptionRatePerH: 1 * scale, bioavailability: 1, lagTimeH: 0,
      ...(compartments >= 2 ? { q2LPerH: 2, volume2L: 60 } : {}),
      ...(compartments >= 3 ? { q3LPerH: 0.5, volume3L: 100 } : {}),
    };
    concentrationsAt(preparePkSystem(parameters), doses, times, out);
    checksum += out[50];
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return { profilesPerSecond: PATIENTS / seconds, seconds, checksum };
}
