// SPDX-License-Identifier: MIT
// The app in a dark palette and at 200% (run with QT_SCALE_FACTOR=2): contrast measured on what is
// actually drawn (dimmed and pending rows, error text, the insecure banner, icons), icons sharp at
// 64 px, and every window small enough for a 1920×1080 screen at 200% without clipping any text.
#include "accessibilitychecks.h"
#include "allwindows.h"
#include "appicons.h"
#include "errortext.h"
#include "models/userfilterproxymodel.h"
#include "userspanel.h"

#include <QLabel>
#include <QStyle>
#include <QTableView>

#include <map>

using namespace Qt::StringLiterals;

namespace {
/// Breeze Dark's colours, as KDE hands them to Qt. Disabled colours and PlaceholderText are left at
/// Qt's defaults on purpose: many apps' dark palettes forget them, and the app must stay readable.
QPalette darkPalette()
{
    QPalette palette;
    const std::pair<QPalette::ColorRole, QColor> colors[] = {
            {QPalette::Window, QColor(0x20, 0x23, 0x26)},         {QPalette::WindowText, QColor(0xfc, 0xfc, 0xfc)},
            {QPalette::Base, QColor(0x14, 0x16, 0x18)},           {QPalette::AlternateBase, QColor(0x1d, 0x1f, 0x22)},
            {QPalette::Text, QColor(0xfc, 0xfc, 0xfc)},           {QPalette::Button, QColor(0x29, 0x2c, 0x30)},
            {QPalette::ButtonText, QColor(0xfc, 0xfc, 0xfc)},     {QPalette::Highlight, QColor(0x3d, 0xae, 0xe9)},
            {QPalette::HighlightedText, QColor(0xfc, 0xfc, 0xfc)}};
    for (const auto &[role, color] : colors) {
        palette.setColor(QPalette::Active, role, color);
        palette.setColor(QPalette::Inactive, role, color);
    }
    return palette;
}

QPalette paletteNamed(const QString &name)
{
    return name == u"dark" ? darkPalette() : QApplication::style()->standardPalette();
}

struct Drawn
{
    QRgb background = 0;
    double contrast = 1;
};

/// The most common colour in rect (the background) and its contrast with the colour farthest from it
/// (the core of the glyphs or shapes). rect is in device pixels.
Drawn measure(const QImage &image, const QRect &rect)
{
    std::map<QRgb, int> counts;
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        for (int x = rect.left(); x <= rect.right(); ++x)
            ++counts[image.pixel(x, y)];
    }
    Drawn drawn;
    drawn.background = std::max_element(counts.begin(), counts.end(), [](const auto &a, const auto &b) {
                           return a.second < b.second;
                       })->first;
    for (const auto &[pixel, count] : counts)
        drawn.contrast = std::max(drawn.contrast, ErrorText::contrast(QColor(drawn.background), QColor(pixel)));
    return drawn;
}

QImage grabbed(QWidget *widget)
{
    QImage image = widget->grab().toImage();
    return image.convertToFormat(QImage::Format_RGB32);
}

QRect devicePixels(const QRect &rect, qreal ratio)
{
    return QRect(rect.topLeft() * ratio, rect.size() * ratio).adjusted(1, 1, -1, -1);
}
} // namespace

class TestDarkPalette final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void runsAtTwiceTheScale();
    void tableTextIsReadable_data() { palettes(); }
    void tableTextIsReadable();
    void errorTextIsReadable_data() { palettes(); }
    void errorTextIsReadable();
    void iconsAreSharpAndVisible_data() { palettes(); }
    void iconsAreSharpAndVisible();
    void windowsFitAndClipNoText_data();
    void windowsFitAndClipNoText();

private:
    static void palettes();
};

void TestDarkPalette::palettes()
{
    QTest::addColumn<QString>("palette");
    QTest::newRow("light") << u"light"_s;
    QTest::newRow("dark") << u"dark"_s;
}

void TestDarkPalette::initTestCase()
{
    // Fusion draws with the palette it is given, as the desktop's style would.
    QApplication::setStyle(u"Fusion"_s);
}

void TestDarkPalette::cleanup()
{
    QApplication::setPalette(QApplication::style()->standardPalette());
}

void TestDarkPalette::runsAtTwiceTheScale()
{
    QCOMPARE(qApp->devicePixelRatio(), 2.0);
}

void TestDarkPalette::tableTextIsReadable()
{
    QFETCH(QString, palette);
    QApplication::setPalette(paletteNamed(palette));
    UserTableModel model;
    model.setEditable(true);
    model.setUsers({User{u"b0"_s, u"bob"_s, 1700000000, Role::User, u"basic"_s},
                    User{u"c0"_s, u"carol"_s, 1700000000, Role::Viewer, u"basic"_s},
                    User{u"skypilot-system"_s, u"skypilot-system"_s, {}, Role::Admin, u"system"_s}});
    QVERIFY(model.setData(model.index(model.rowOf(u"c0"_s), UserTableModel::Role), Role::Admin)); // pending
    UsersPanel panel(model);
    panel.resize(900, 300);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QTableView *table = panel.table();
    const auto drawn = [&](const QString &userId, int column, bool selected) {
        const QModelIndex index = panel.proxy().mapFromUsers(model.index(model.rowOf(userId), column));
        if (selected)
            table->selectRow(index.row());
        else
            table->clearSelection();
        const QImage image = grabbed(table->viewport());
        return measure(image, devicePixels(table->visualRect(index), image.devicePixelRatio()));
    };
    const QString internal = u"skypilot-system"_s;
    // WCAG AA asks 4.5:1 of text; dimmed rows recede, visibly, but not below 3:1.
    const Drawn ordinary = drawn(u"b0"_s, UserTableModel::Name, false);
    const Drawn dimmed = drawn(internal, UserTableModel::Name, false);
    const Drawn pending = drawn(u"c0"_s, UserTableModel::Role, false);
    QVERIFY2(ordinary.contrast >= 4.5, qPrintable(u"ordinary %1:1"_s.arg(ordinary.contrast)));
    QVERIFY2(dimmed.contrast >= 3.0, qPrintable(u"internal %1:1"_s.arg(dimmed.contrast)));
    QVERIFY2(dimmed.contrast < 0.8 * ordinary.contrast, qPrintable(u"internal %1:1"_s.arg(dimmed.contrast)));
    QVERIFY2(pending.contrast >= 4.5, qPrintable(u"pending %1:1"_s.arg(pending.contrast)));
    // Selected rows use the palette's own selection colours (Breeze: white on #3daee9, 2.5:1, its
    // choice): a selected internal or pending row looks selected and reads as well as any other.
    const Drawn selected = drawn(u"b0"_s, UserTableModel::Name, true);
    for (const auto &[id, column] :
         {std::pair(internal, int(UserTableModel::Name)), std::pair(u"c0"_s, int(UserTableModel::Role))}) {
        const Drawn row = drawn(id, column, true);
        QCOMPARE(QColor(row.background), QColor(selected.background));
        QVERIFY2(row.contrast >= 0.9 * selected.contrast,
                 qPrintable(u"%1 selected %2:1, others %3:1"_s.arg(id).arg(row.contrast).arg(selected.contrast)));
    }
}

void TestDarkPalette::errorTextIsReadable()
{
    QFETCH(QString, palette);
    QApplication::setPalette(paletteNamed(palette));
    QVERIFY(ErrorText::contrast(ErrorText::colorFor(QApplication::palette()),
                                QApplication::palette().color(QPalette::Window))
            >= 4.5);
    // As drawn: the warning when deleting yourself, and the banner of an unencrypted connection.
    AllWindows all;
    QVERIFY(all.start());
    QWidget *dialog = all.open(u"DeleteConfirmDialog"_s);
    QVERIFY(dialog);
    auto *reason = dialog->findChild<QLabel *>(u"reasonLabel"_s);
    QVERIFY(reason && reason->isVisible());
    QImage image = grabbed(reason);
    double contrast = measure(image, image.rect()).contrast;
    QVERIFY2(contrast >= 4.5, qPrintable(u"warning %1:1"_s.arg(contrast, 0, 'f', 2)));

    all.f.window.showSignedIn(u"http://users.example:8080"_s, u"admin"_s, u"admin"_s, {}, {}, true);
    auto *banner = all.f.window.findChild<QLabel *>(u"insecureBanner"_s);
    QTRY_VERIFY(banner->isVisible());
    image = grabbed(banner);
    contrast = measure(image, image.rect()).contrast;
    QVERIFY2(contrast >= 4.5, qPrintable(u"banner %1:1"_s.arg(contrast, 0, 'f', 2)));
    // SKYUSERS_SCREENSHOT_DIR=… keeps a picture of the window, at 200%, to look at.
    if (const QString dir = qEnvironmentVariable("SKYUSERS_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(all.f.window.grab().save(u"%1/mainwindow-%2-200.png"_s.arg(dir, palette)));
}

void TestDarkPalette::iconsAreSharpAndVisible()
{
    QFETCH(QString, palette);
    QApplication::setPalette(paletteNamed(palette));
    const QColor toolbar = QApplication::palette().color(QPalette::Window);
    UserTableModel model;
    MainWindow window(model);
    for (const char *name : {"actionNewUser", "actionResetPassword", "actionDeleteUsers", "actionRefresh"}) {
        const QIcon icon = window.findChild<QAction *>(QString::fromLatin1(name))->icon();
        const QPixmap pixmap = icon.pixmap(QSize(64, 64));
        QVERIFY2(!pixmap.isNull(), name);
        // A raster icon never grows beyond its largest size; a vector one fills all 128 device pixels.
        QCOMPARE(pixmap.size(), QSize(128, 128));
        // The icon's own colour (its opaque pixels on average) against the toolbar: 3:1 for graphics.
        const QImage image = pixmap.toImage().convertToFormat(QImage::Format_ARGB32);
        double red = 0, green = 0, blue = 0;
        int opaque = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                if (c.alpha() < 200)
                    continue;
                red += c.redF(), green += c.greenF(), blue += c.blueF();
                ++opaque;
            }
        }
        QVERIFY2(opaque > 128 * 128 / 10, name);
        const QColor average = QColor::fromRgbF(float(red / opaque), float(green / opaque), float(blue / opaque));
        const double contrast = ErrorText::contrast(average, toolbar);
        QVERIFY2(contrast >= 3.0, qPrintable(u"%1 %2:1"_s.arg(QString::fromLatin1(name)).arg(contrast, 0, 'f', 2)));
    }
}

void TestDarkPalette::windowsFitAndClipNoText_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &name : AllWindows::names())
        QTest::newRow(qPrintable(name)) << name;
}

void TestDarkPalette::windowsFitAndClipNoText()
{
    QFETCH(QString, name);
    QApplication::setPalette(darkPalette());
    AllWindows all;
    QVERIFY(all.start());
    QWidget *window = all.open(name);
    QVERIFY(window);
    // A 1920×1080 screen at 200% is 960×540 logical pixels, less a panel: the window must fit.
    const QSize smallest = window->minimumSizeHint().expandedTo(window->minimumSize());
    QVERIFY2(smallest.width() <= 960 && smallest.height() <= 500,
             qPrintable(u"needs %1×%2"_s.arg(smallest.width()).arg(smallest.height())));
    // At its smallest, every one-line label and button still has room for all of its text.
    window->resize(smallest);
    QTest::qWait(50);
    QStringList clipped;
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        const auto *label = qobject_cast<QLabel *>(widget);
        if (!widget->isVisible() || widget->window() != window || !(label || qobject_cast<QAbstractButton *>(widget)))
            continue;
        if (label && label->wordWrap())
            continue;
        const QSize needed = widget->minimumSizeHint();
        if (widget->width() < needed.width() || widget->height() < needed.height())
            clipped << u"%1 is %2×%3, needs %4×%5"_s.arg(A11y::describe(widget))
                               .arg(widget->width())
                               .arg(widget->height())
                               .arg(needed.width())
                               .arg(needed.height());
    }
    QVERIFY2(clipped.isEmpty(), qPrintable(u"clipped: "_s + clipped.join(u", "_s)));
}

QTEST_MAIN(TestDarkPalette)
#include "tst_darkpalette.moc"
