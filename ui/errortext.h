// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>

class QLabel;
class QPalette;

/// Error and warning text in red that stays readable in light and dark palettes: a dark red on light
/// windows, a light red on dark ones, whichever contrasts more with the window behind it. Set through
/// the palette, not a style sheet, so the style keeps drawing everything else.
class ErrorText final
{
public:
    /// Shows label in the error colour, or back in the normal text colour when isError is false.
    static void apply(QLabel *label, bool isError = true);
    static QColor colorFor(const QPalette &palette);
    /// The WCAG 2 contrast ratio of two colours, 1 (none) to 21 (black on white).
    static double contrast(const QColor &a, const QColor &b);
};
