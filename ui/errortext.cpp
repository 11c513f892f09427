// SPDX-License-Identifier: MIT
#include "errortext.h"

#include <QLabel>
#include <QPalette>

#include <cmath>

namespace {
const QColor DarkRed(0xb9, 0x1c, 0x1c); // 6.5:1 on white
const QColor LightRed(0xfc, 0xa5, 0xa5); // 6.5:1 on #353535

double luminance(const QColor &color)
{
    const auto channel
            = [](float value) { return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF());
}
} // namespace

double ErrorText::contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor ErrorText::colorFor(const QPalette &palette)
{
    const QColor window = palette.color(QPalette::Window);
    return contrast(DarkRed, window) >= contrast(LightRed, window) ? DarkRed : LightRed;
}

void ErrorText::apply(QLabel *label, bool isError)
{
    // An empty palette gives the label back its parent's colours.
    QPalette palette;
    if (isError) {
        palette = label->palette();
        palette.setColor(QPalette::WindowText, colorFor(palette));
    }
    label->setPalette(palette);
}
