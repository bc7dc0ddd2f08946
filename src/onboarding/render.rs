//! Drawing a QR code text as a QR symbol: Unicode half blocks for a
//! terminal, or a PNG file.
//!
//! The symbol comes from the `qrcode` crate (error correction level M; the
//! `MT:` text is all in the alphanumeric mode, so it stays small). Both
//! renderings add a quiet zone of light modules around it.

use std::io::Write;

use qrcode::{Color, QrCode};

/// Quiet zone (modules) scanners need around the symbol.
pub const QUIET_ZONE: usize = 4;

/// Why a symbol could not be made or written.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum RenderError {
    /// The text does not fit a QR symbol.
    #[error("cannot make a QR symbol: {0}")]
    Symbol(qrcode::types::QrError),
    /// Encoding or writing the PNG failed.
    #[error("cannot write the PNG: {0}")]
    Png(#[from] png::EncodingError),
    /// The requested image is too large.
    #[error("a PNG of {modules} modules at {scale} pixels per module is too large")]
    TooLarge {
        /// Modules per side, quiet zone included.
        modules: usize,
        /// Pixels per module.
        scale: u32,
    },
}

/// A QR symbol: a square of dark and light modules.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Symbol {
    width: usize,
    dark: Vec<bool>,
}

impl Symbol {
    /// Encodes `text` (error correction level M).
    pub fn new(text: &str) -> Result<Symbol, RenderError> {
        let code = QrCode::new(text.as_bytes()).map_err(RenderError::Symbol)?;
        let width = code.width();
        let dark = code
            .to_colors()
            .into_iter()
            .map(|c| c == Color::Dark)
            .collect();
        Ok(Symbol { width, dark })
    }

    /// Modules per side, without the quiet zone.
    pub fn width(&self) -> usize {
        self.width
    }

    /// Whether the module at column `x`, row `y` is dark (false outside).
    pub fn is_dark(&self, x: usize, y: usize) -> bool {
        x < self.width && y < self.width && self.dark[y * self.width + x]
    }

    /// Dark at `(x, y)` counted with a quiet zone of `quiet` modules.
    fn dark_with_quiet(&self, x: usize, y: usize, quiet: usize) -> bool {
        x >= quiet && y >= quiet && self.is_dark(x - quiet, y - quiet)
    }

    /// The symbol in Unicode half blocks, two module rows per text line,
    /// with a [`QUIET_ZONE`]. Light modules are drawn (as `█`, `▀`, `▄`)
    /// and dark ones left blank, so the symbol reads right on a dark
    /// terminal background. Each line ends with `\n`.
    pub fn to_half_blocks(&self) -> String {
        let side = self.width + 2 * QUIET_ZONE;
        let light = |x, y| y < side && !self.dark_with_quiet(x, y, QUIET_ZONE);
        let mut out = String::with_capacity((side + 1) * side.div_ceil(2) * 3);
        for y in (0..side).step_by(2) {
            for x in 0..side {
                out.push(match (light(x, y), light(x, y + 1)) {
                    (true, true) => '█',
                    (true, false) => '▀',
                    (false, true) => '▄',
                    (false, false) => ' ',
                });
            }
            out.push('\n');
        }
        out
    }

    /// Writes an 8-bit greyscale PNG, `scale` pixels per module, with a
    /// [`QUIET_ZONE`]; dark modules black, light ones white.
    pub fn write_png<W: Write>(&self, w: W, scale: u32) -> Result<(), RenderError> {
        let modules = self.width + 2 * QUIET_ZONE;
        let too_large = RenderError::TooLarge { modules, scale };
        let scale_px =
            usize::try_from(scale).map_err(|_| RenderError::TooLarge { modules, scale })?;
        let side_px = modules
            .checked_mul(scale_px)
            .filter(|&s| s > 0 && s <= 1 << 15)
            .ok_or(too_large)?;
        let side = u32::try_from(side_px).map_err(|_| RenderError::TooLarge { modules, scale })?;
        let mut pixels = Vec::with_capacity(side_px * side_px);
        for py in 0..side_px {
            for px in 0..side_px {
                let dark = self.dark_with_quiet(px / scale_px, py / scale_px, QUIET_ZONE);
                pixels.push(if dark { 0 } else { 255 });
            }
        }
        let mut encoder = png::Encoder::new(w, side, side);
        encoder.set_color(png::ColorType::Grayscale);
        encoder.set_depth(png::BitDepth::Eight);
        let mut writer = encoder.write_header()?;
        writer.write_image_data(&pixels)?;
        writer.finish()?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "MT:-24J0AFN00KA0648G00";

    /// Reads the PNG back and scans it with an independent QR decoder.
    fn scan_png(bytes: &[u8]) -> String {
        let decoder = png::Decoder::new(std::io::Cursor::new(bytes));
        let mut reader = decoder.read_info().unwrap();
        let mut buf = vec![0; reader.output_buffer_size().unwrap()];
        let info = reader.next_frame(&mut buf).unwrap();
        assert_eq!(info.color_type, png::ColorType::Grayscale);
        let (w, h) = (info.width as usize, info.height as usize);
        let mut img = rqrr::PreparedImage::prepare_from_greyscale(w, h, |x, y| buf[y * w + x]);
        let grids = img.detect_grids();
        assert_eq!(grids.len(), 1);
        grids[0].decode().unwrap().1
    }

    #[test]
    fn png_scans_back_to_the_text() {
        let symbol = Symbol::new(TEXT).unwrap();
        let mut png = Vec::new();
        symbol.write_png(&mut png, 6).unwrap();
        assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
        assert_eq!(scan_png(&png), TEXT);
    }

    #[test]
    fn half_blocks_match_the_modules() {
        let symbol = Symbol::new(TEXT).unwrap();
        let text = symbol.to_half_blocks();
        let side = symbol.width() + 2 * QUIET_ZONE;
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), side.div_ceil(2));
        // Rebuild the module grid from the characters and compare.
        for (row, line) in lines.iter().enumerate() {
            let chars: Vec<char> = line.chars().collect();
            assert_eq!(chars.len(), side);
            for (x, ch) in chars.iter().enumerate() {
                let (top_light, bottom_light) = match ch {
                    '█' => (true, true),
                    '▀' => (true, false),
                    '▄' => (false, true),
                    ' ' => (false, false),
                    other => panic!("unexpected {other:?}"),
                };
                let y = 2 * row;
                assert_eq!(top_light, !symbol.dark_with_quiet(x, y, QUIET_ZONE));
                if y + 1 < side {
                    assert_eq!(bottom_light, !symbol.dark_with_quiet(x, y + 1, QUIET_ZONE));
                }
            }
        }
        // The quiet zone is light: the first line is all full blocks.
        assert!(lines[0].chars().all(|c| c == '█'));
    }

    #[test]
    fn errors() {
        let too_long = "A".repeat(5000);
        assert!(matches!(
            Symbol::new(&too_long),
            Err(RenderError::Symbol(_))
        ));
        let symbol = Symbol::new(TEXT).unwrap();
        assert!(matches!(
            symbol.write_png(Vec::new(), 0),
            Err(RenderError::TooLarge { scale: 0, .. })
        ));
        assert!(matches!(
            symbol.write_png(Vec::new(), 10_000),
            Err(RenderError::TooLarge { .. })
        ));
        // A writer that fails.
        struct Broken;
        impl Write for Broken {
            fn write(&mut self, _: &[u8]) -> std::io::Result<usize> {
                Err(std::io::Error::other("disk full"))
            }
            fn flush(&mut self) -> std::io::Result<()> {
                Ok(())
            }
        }
        assert!(matches!(
            symbol.write_png(Broken, 4),
            Err(RenderError::Png(_))
        ));
    }
}
