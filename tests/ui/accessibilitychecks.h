// SPDX-License-Identifier: MIT
#pragma once

// What a screen reader and a keyboard-only person meet in one window, as lists of problems (empty when
// all is well) so a failing test names every offending widget at once.

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHash>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QTest>

namespace A11y {

inline QString describe(const QWidget *widget)
{
    QString text;
    if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
        text = button->text();
    else if (const auto *label = qobject_cast<const QLabel *>(widget))
        text = label->text();
    return QStringLiteral("%1 \"%2\" (%3)")
            .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName(), text.left(40));
}

/// The widgets of this window (not of its pop-ups or child dialogs) that can take the keyboard focus.
inline QList<QWidget *> focusable(QWidget *top)
{
    QList<QWidget *> widgets;
    const QList<QWidget *> all = top->findChildren<QWidget *>();
    for (QWidget *widget : all) {
        // A widget with a focus proxy hands the focus on; the proxy is what is named and reached.
        if (widget->window() == top && widget->focusPolicy() != Qt::NoFocus && !widget->focusProxy())
            widgets << widget;
    }
    return widgets;
}

inline QString accessibleText(QWidget *widget, QAccessible::Text which)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
    return iface ? iface->text(which).trimmed() : QString();
}

/// Focusable widgets a screen reader would announce without a name (labels' buddies count, as they do
/// for the screen reader).
inline QStringList unnamed(QWidget *top)
{
    QStringList problems;
    for (QWidget *widget : focusable(top)) {
        if (accessibleText(widget, QAccessible::Name).isEmpty())
            problems << describe(widget);
    }
    return problems;
}

/// The standard buttons of a button box (OK, Cancel, Close) say all there is to say, and a label's
/// text is what it is named by; every other control needs a description (a tooltip counts: it is what
/// the screen reader reads as the description).
inline QStringList undescribed(QWidget *top)
{
    QStringList problems;
    for (QWidget *widget : focusable(top)) {
        if (qobject_cast<QLabel *>(widget))
            continue;
        const auto *box = qobject_cast<QDialogButtonBox *>(widget->parentWidget());
        const auto *button = qobject_cast<QAbstractButton *>(widget);
        if (box && button && box->standardButton(const_cast<QAbstractButton *>(button)) != QDialogButtonBox::NoButton)
            continue;
        if (accessibleText(widget, QAccessible::Description).isEmpty())
            problems << describe(widget);
    }
    return problems;
}

/// Presses Tab from the focused widget, as a person would, until the focus comes round again, and
/// lists the visible, enabled, tab-focusable widgets it never reached (e.g. behind a table that keeps
/// Tab to itself). The window must be shown and active.
inline QStringList unreachableByTab(QWidget *top)
{
    QSet<QWidget *> expected;
    for (QWidget *widget : focusable(top)) {
        if ((widget->focusPolicy() & Qt::TabFocus) && widget->isVisibleTo(top) && widget->isEnabled())
            expected.insert(widget);
    }
    if (!QApplication::focusWidget() || QApplication::focusWidget()->window() != top) {
        for (QWidget *widget = top->nextInFocusChain(); widget != top; widget = widget->nextInFocusChain()) {
            if (expected.contains(widget)) {
                widget->setFocus(Qt::TabFocusReason);
                break;
            }
        }
    }
    QSet<QWidget *> reached;
    for (qsizetype press = 0; press < 2 * expected.size() + 4; ++press) {
        QWidget *focus = QApplication::focusWidget();
        if (!focus)
            break;
        reached.insert(focus);
        QTest::keyClick(focus, Qt::Key_Tab);
    }
    // Tab enters a group of exclusive radio buttons at the checked one; arrow keys choose within it.
    const auto groupReached = [&reached](const QWidget *widget) {
        const auto *radio = qobject_cast<const QRadioButton *>(widget);
        if (!radio || !radio->autoExclusive())
            return false;
        const QList<QRadioButton *> group
                = radio->parentWidget()->findChildren<QRadioButton *>(Qt::FindDirectChildrenOnly);
        return std::any_of(group.cbegin(), group.cend(), [&reached](QRadioButton *other) {
            return other->autoExclusive() && reached.contains(other);
        });
    };
    QStringList problems;
    for (QWidget *widget : std::as_const(expected)) {
        if (!reached.contains(widget) && !groupReached(widget))
            problems << describe(widget);
    }
    problems.sort();
    return problems;
}

/// Visible, enabled widgets Tab can reach whose look does not change when they get the focus: a
/// keyboard user could not see where they are (WCAG 2.4.7). The window must be shown and active.
inline QStringList focusNotShown(QWidget *top)
{
    QList<QWidget *> reachable;
    for (QWidget *widget : focusable(top)) {
        if ((widget->focusPolicy() & Qt::TabFocus) && widget->isVisibleTo(top) && widget->isEnabled())
            reachable << widget;
    }
    QStringList problems;
    if (reachable.size() < 2)
        return problems;
    const auto look = [top](QWidget *widget, QWidget *focus) {
        focus->setFocus(Qt::TabFocusReason);
        // What pressing Tab sets: styles draw focus frames only once the keyboard has moved the focus.
        top->setAttribute(Qt::WA_KeyboardFocusChange);
        QApplication::processEvents();
        return widget->grab().toImage();
    };
    for (qsizetype i = 0; i < reachable.size(); ++i) {
        QWidget *widget = reachable.at(i);
        QWidget *other = reachable.at((i + 1) % reachable.size());
        // A dialog's default button wears the same ring as a focused one (Fusion) while the focus is
        // elsewhere, and Return presses it either way; the ring follows the focus from button to
        // button, so that is what is compared. The only such button is left alone.
        if (const auto *button = qobject_cast<QPushButton *>(widget); button && button->autoDefault()) {
            other = nullptr;
            for (QWidget *candidate : std::as_const(reachable)) {
                const auto *next = qobject_cast<QPushButton *>(candidate);
                if (candidate != widget && next && next->autoDefault())
                    other = candidate;
            }
            if (!other)
                continue;
        }
        if (look(widget, widget) == look(widget, other))
            problems << describe(widget);
    }
    return problems;
}

/// Adds the mnemonic of text to seen; returns a problem when another control already uses it.
inline QString claimMnemonic(QHash<QKeySequence, QString> &seen, const QString &text, const QString &who)
{
    const QKeySequence key = QKeySequence::mnemonic(text);
    if (key.isEmpty())
        return {};
    if (seen.contains(key))
        return QStringLiteral("%1: %2 and %3").arg(key.toString(), seen.value(key), who);
    seen.insert(key, who);
    return {};
}

/// Alt+letter clashes between the window's buttons, buddy labels, group boxes and menu titles, and
/// labels that show a mnemonic that does nothing (no buddy).
inline QStringList mnemonicProblems(QWidget *top)
{
    QStringList problems;
    QHash<QKeySequence, QString> seen;
    QList<QWidget *> widgets = top->findChildren<QWidget *>();
    widgets.prepend(top);
    for (QWidget *widget : std::as_const(widgets)) {
        if (widget->window() != top)
            continue;
        QString text;
        if (const auto *button = qobject_cast<QAbstractButton *>(widget)) {
            text = button->text();
        } else if (const auto *label = qobject_cast<QLabel *>(widget)) {
            text = label->text();
            if (!label->buddy() && !QKeySequence::mnemonic(text).isEmpty())
                problems << QStringLiteral("mnemonic without a buddy: %1").arg(describe(widget));
        } else if (const auto *group = qobject_cast<QGroupBox *>(widget)) {
            text = group->title();
        } else if (const auto *bar = qobject_cast<QMenuBar *>(widget)) {
            for (const QAction *action : bar->actions()) {
                if (const QString p = claimMnemonic(seen, action->text(), action->text()); !p.isEmpty())
                    problems << p;
            }
        }
        if (const QString p = claimMnemonic(seen, text, describe(widget)); !p.isEmpty())
            problems << p;
    }
    return problems;
}

/// Mnemonic clashes among the items of a menu and of its submenus, each menu on its own.
inline QStringList menuMnemonicProblems(const QMenu *menu)
{
    QStringList problems;
    QHash<QKeySequence, QString> seen;
    for (const QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        if (const QString p = claimMnemonic(seen, action->text(), action->text()); !p.isEmpty())
            problems << QStringLiteral("%1: %2").arg(menu->title(), p);
        if (action->menu())
            problems << menuMnemonicProblems(action->menu());
    }
    return problems;
}

} // namespace A11y
