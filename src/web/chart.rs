//! Horizontal bar charts laid out on the server, drawn by the templates as
//! inline SVG. No JavaScript and no image files: the chart is part of the
//! page, and the table next to it is its text alternative.

/// Width of the drawing, in SVG user units. The SVG scales to its box.
pub const WIDTH: i64 = 400;
const LABEL_HEIGHT: i64 = 18;
const BAR_HEIGHT: i64 = 16;
const BAR_GAP: i64 = 3;
const GROUP_GAP: i64 = 12;
const TOP: i64 = 4;
/// Room kept right of the longest bar for its value label.
const VALUE_ROOM: i64 = 70;

/// One bar.
#[derive(Debug, Clone)]
pub struct Bar {
    /// Left edge.
    pub x: i64,
    /// Top edge.
    pub y: i64,
    /// Width.
    pub width: i64,
    /// Height.
    pub height: i64,
    /// Index of its series, for colour (`series-0`, `series-1`...).
    pub series: usize,
    /// The value as text, drawn after the bar.
    pub label: String,
    /// Where the value text starts.
    pub label_x: i64,
    /// Baseline of the value text.
    pub label_y: i64,
}

/// A labelled group of bars (one per series).
#[derive(Debug, Clone)]
pub struct Group {
    /// Group label, drawn above its bars.
    pub label: String,
    /// Baseline of the label.
    pub label_y: i64,
    /// The bars.
    pub bars: Vec<Bar>,
}

/// A laid-out chart.
#[derive(Debug, Clone)]
pub struct BarChart {
    /// Unique id prefix for `aria-labelledby`.
    pub id: &'static str,
    /// Short title (read by screen readers).
    pub title: String,
    /// Longer description (read by screen readers).
    pub desc: String,
    /// Series names, for the legend.
    pub series: Vec<String>,
    /// Visible caption under the chart.
    pub caption: String,
    /// The groups.
    pub groups: Vec<Group>,
    /// x of the zero line.
    pub zero_x: i64,
    /// Drawing width.
    pub width: i64,
    /// Drawing height.
    pub height: i64,
}

/// A value to plot: its series, its number and the text to show.
#[derive(Debug, Clone)]
pub struct Value {
    /// Series index.
    pub series: usize,
    /// The number.
    pub value: i64,
    /// The number as shown.
    pub label: String,
}

impl BarChart {
    /// Sets the visible caption.
    pub fn with_caption(mut self, caption: impl Into<String>) -> Self {
        self.caption = caption.into();
        self
    }

    /// Lays out `groups` of values. Bars are scaled so the largest
    /// magnitude fills the width left after the value labels; negative
    /// values extend left of a zero line.
    pub fn new(
        id: &'static str,
        title: String,
        desc: String,
        series: Vec<String>,
        groups: Vec<(String, Vec<Value>)>,
    ) -> Self {
        let max = groups
            .iter()
            .flat_map(|(_, v)| v.iter().map(|v| v.value))
            .max()
            .unwrap_or(0);
        Self::scaled(id, title, desc, series, groups, max)
    }

    /// Lays out `groups` as [`BarChart::new`] does, but with `top` (or the
    /// largest value, if larger) filling the width: for values on a fixed
    /// scale, such as scores out of 7.
    pub fn scaled(
        id: &'static str,
        title: String,
        desc: String,
        series: Vec<String>,
        groups: Vec<(String, Vec<Value>)>,
        top: i64,
    ) -> Self {
        let caption = String::new();
        let max = groups
            .iter()
            .flat_map(|(_, v)| v.iter().map(|v| v.value))
            .max()
            .unwrap_or(0)
            .max(top)
            .max(0);
        let min = groups
            .iter()
            .flat_map(|(_, v)| v.iter().map(|v| v.value))
            .min()
            .unwrap_or(0)
            .min(0);
        let span = (max - min).max(1);
        let usable = WIDTH - VALUE_ROOM - if min < 0 { VALUE_ROOM } else { 0 };
        let left = if min < 0 { VALUE_ROOM } else { 0 };
        let zero_x = left + (-min) * usable / span;
        let mut y = TOP;
        let mut laid = Vec::with_capacity(groups.len());
        for (label, values) in groups {
            let label_y = y + LABEL_HEIGHT - 5;
            y += LABEL_HEIGHT;
            let mut bars = Vec::with_capacity(values.len());
            for v in values {
                let len = v.value.abs() * usable / span;
                let x = if v.value < 0 { zero_x - len } else { zero_x };
                let label_x = if v.value < 0 { x - 4 } else { x + len + 4 };
                bars.push(Bar {
                    x,
                    y,
                    width: len.max(1),
                    height: BAR_HEIGHT,
                    series: v.series,
                    label: v.label,
                    label_x,
                    label_y: y + BAR_HEIGHT - 4,
                });
                y += BAR_HEIGHT + BAR_GAP;
            }
            y += GROUP_GAP - BAR_GAP;
            laid.push(Group {
                label,
                label_y,
                bars,
            });
        }
        Self {
            id,
            title,
            desc,
            series,
            caption,
            groups: laid,
            zero_x,
            width: WIDTH,
            height: y.max(TOP + 1),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(series: usize, value: i64) -> Value {
        Value {
            series,
            value,
            label: value.to_string(),
        }
    }

    #[test]
    fn the_largest_bar_fills_the_usable_width() {
        let chart = BarChart::new(
            "c",
            "t".into(),
            "d".into(),
            vec!["a".into(), "b".into()],
            vec![
                ("one".into(), vec![v(0, 50), v(1, 100)]),
                ("two".into(), vec![v(0, 25)]),
            ],
        );
        assert_eq!(chart.zero_x, 0);
        let widths: Vec<i64> = chart
            .groups
            .iter()
            .flat_map(|g| g.bars.iter().map(|b| b.width))
            .collect();
        assert_eq!(widths, vec![165, 330, 82]);
        assert!(chart.groups[1].label_y > chart.groups[0].bars[1].y);
    }

    #[test]
    fn negative_values_extend_left_of_zero() {
        let chart = BarChart::new(
            "c",
            "t".into(),
            "d".into(),
            vec!["a".into()],
            vec![
                ("up".into(), vec![v(0, 10)]),
                ("down".into(), vec![v(0, -10)]),
            ],
        );
        let up = &chart.groups[0].bars[0];
        let down = &chart.groups[1].bars[0];
        assert_eq!(up.x, chart.zero_x);
        assert_eq!(down.x + down.width, chart.zero_x);
    }
}
