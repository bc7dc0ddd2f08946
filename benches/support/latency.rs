//! Latency bookkeeping shared by the pairing benches: samples of one
//! concurrency level, their percentiles, throughput and process CPU time,
//! printed as one table row.

use std::time::Duration;

/// The table header matching [`Level::print`].
pub fn print_header() {
    println!(
        "{:>10} {:>9} {:>9} {:>9} {:>9} {:>12} {:>14}",
        "concurrent", "pairings", "p50 ms", "p99 ms", "max ms", "pairings/s", "CPU ms/pairing"
    );
}

/// The samples of one concurrency level.
pub struct Level {
    lat: Vec<Duration>,
    busy: Duration,
    cpu0: Option<Duration>,
}

impl Level {
    /// Starts a level (reads the process CPU time now).
    pub fn start() -> Level {
        Level {
            lat: Vec::new(),
            busy: Duration::ZERO,
            cpu0: process_cpu(),
        }
    }

    /// Adds one round: its per-device latencies and its wall time.
    pub fn add(&mut self, lat: Vec<Duration>, wall: Duration) {
        self.lat.extend(lat);
        self.busy += wall;
    }

    /// Prints the row for `n` concurrent devices. CPU counts devices and
    /// hub together (same process).
    pub fn print(mut self, n: usize) {
        self.lat.sort();
        let cpu = match (self.cpu0, process_cpu()) {
            (Some(a), Some(b)) => format!("{:.2}", ms(b - a) / self.lat.len() as f64),
            _ => "-".into(),
        };
        println!(
            "{:>10} {:>9} {:>9.2} {:>9.2} {:>9.2} {:>12.0} {:>14}",
            n,
            self.lat.len(),
            ms(percentile(&self.lat, 0.50)),
            ms(percentile(&self.lat, 0.99)),
            ms(*self.lat.last().expect("samples")),
            self.lat.len() as f64 / self.busy.as_secs_f64(),
            cpu
        );
    }
}

/// The `p` quantile (nearest rank) of sorted samples.
pub fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let rank = ((sorted.len() as f64) * p).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

/// CPU time (user + system) of this process so far, from
/// `/proc/self/stat` (clock ticks of 10 ms); `None` off Linux.
pub fn process_cpu() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the command name (which is in parentheses).
    let rest = &stat[stat.rfind(')')? + 2..];
    let f: Vec<&str> = rest.split_whitespace().collect();
    let ticks: u64 = f.get(11)?.parse::<u64>().ok()? + f.get(12)?.parse::<u64>().ok()?;
    Some(Duration::from_millis(ticks * 10))
}

/// Milliseconds as a float.
pub fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}
