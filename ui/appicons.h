// SPDX-License-Identifier: MIT
#pragma once

#include <QIcon>

/// The icons of the window's actions: the desktop's icon theme first (it knows light from dark), and
/// else our own SVGs, drawn in mid-tones that stay visible on light and dark toolbars and sharp at any
/// scale. Never raster images, which blur at 200%.
class AppIcons final
{
public:
    enum Icon { NewUser, DeleteUsers, ResetPassword, Refresh };

    static QIcon icon(Icon which);
    /// Our own SVG, ignoring the theme (what the tests look at).
    static QIcon builtIn(Icon which);
};
