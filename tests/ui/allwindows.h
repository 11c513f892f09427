// SPDX-License-Identifier: MIT
#pragma once

#include "actions/bulkoutcome.h"
#include "bulkresultdialog.h"
#include "createuserdialog.h"
#include "deleteconfirmdialog.h"
#include "domain/role.h"
#include "exportdialog.h"
#include "importdialog.h"
#include "importresultdialog.h"
#include "passworddialog.h"
#include "signindialog.h"
#include "windowfixture.h"
#include "workprogressdialog.h"

#include <QMessageBox>
#include <QSignalSpy>
#include <QTest>

/// Every window the app shows, built as the app builds it, against the test double, signed in as an
/// admin with one more user. A new dialog in ui/ must be added to names() and open(), or the
/// accessibility and dark-palette tests never see it: the list is explicit on purpose. Qt's own file
/// dialogs and the About box (Qt's QMessageBox with one OK) are left out.
class AllWindows
{
public:
    static QStringList names()
    {
        return {QStringLiteral("MainWindow"),
                QStringLiteral("SignInDialog"),
                QStringLiteral("CreateUserDialog"),
                QStringLiteral("PasswordDialog (reset)"),
                QStringLiteral("PasswordDialog (own)"),
                QStringLiteral("DeleteConfirmDialog"),
                QStringLiteral("DeleteConfirmDialog (one user)"),
                QStringLiteral("ExportDialog"),
                QStringLiteral("ImportDialog"),
                QStringLiteral("ImportResultDialog"),
                QStringLiteral("BulkResultDialog"),
                QStringLiteral("WorkProgressDialog"),
                QStringLiteral("close while working (question)"),
                QStringLiteral("role changed meanwhile (question)")};
    }

    /// Starts the double, shows the window and signs in; false when any of it fails.
    bool start()
    {
        if (!f.start())
            return false;
        f.server.addUser(QStringLiteral("bob"), QStringLiteral("bob-Pa55word!"), Role::User);
        f.window.show();
        if (!QTest::qWaitForWindowExposed(&f.window) || !f.signInAsAdmin())
            return false;
        const std::vector<User> all = f.model.users();
        users = QList<User>(all.begin(), all.end());
        return true;
    }

    User named(const QString &name) const
    {
        for (const User &user : users) {
            if (user.name == name)
                return user;
        }
        return {};
    }

    /// Builds, shows and activates the named window; nullptr if that failed.
    QWidget *open(const QString &name)
    {
        QWidget *shown = build(name);
        if (!shown)
            return nullptr;
        shown->show();
        shown->activateWindow();
        if (!QTest::qWaitForWindowActive(shown))
            return nullptr;
        // A window-modal question over the main window counts as active to Qt while the keyboard
        // focus may still be behind it: put the focus where a window manager would.
        if (QApplication::activeWindow() != shown)
            QApplication::setActiveWindow(shown);
        return QApplication::activeWindow() == shown ? shown : nullptr;
    }

    WindowFixture f;
    QList<User> users;
    std::unique_ptr<QWidget> dialog;

private:
    QWidget *build(const QString &name)
    {
        SkyPilotApi &api = f.api;
        const User admin = named(QString::fromLatin1(WindowFixture::AdminName));
        if (name == QLatin1String("MainWindow")) {
            f.window.showNotice(QStringLiteral("A notice with its Dismiss button."));
            return &f.window;
        }
        if (name == QLatin1String("SignInDialog"))
            dialog = std::make_unique<SignInDialog>(api);
        else if (name == QLatin1String("CreateUserDialog"))
            dialog = std::make_unique<CreateUserDialog>(api);
        else if (name == QLatin1String("PasswordDialog (reset)"))
            dialog = std::make_unique<PasswordDialog>(api, PasswordDialog::Mode::ResetOther, admin.id, admin.name);
        else if (name == QLatin1String("PasswordDialog (own)"))
            dialog = std::make_unique<PasswordDialog>(api, PasswordDialog::Mode::ChangeOwn, admin.id, admin.name);
        else if (name == QLatin1String("DeleteConfirmDialog")) // yourself: the name must be typed, all shown
            dialog = std::make_unique<DeleteConfirmDialog>(QList<User>{admin}, admin.id, 2);
        else if (name == QLatin1String("DeleteConfirmDialog (one user)")) // Delete enabled at once
            dialog = std::make_unique<DeleteConfirmDialog>(QList<User>{named(QStringLiteral("bob"))}, admin.id, 2);
        else if (name == QLatin1String("ExportDialog"))
            dialog = std::make_unique<ExportDialog>(api, users, users, users);
        else if (name == QLatin1String("ImportDialog"))
            dialog = importDialog();
        else if (name == QLatin1String("ImportResultDialog"))
            dialog = std::make_unique<ImportResultDialog>(QList<ImportRowOutcome>{
                    {2, QStringLiteral("ann"), Role::User, ImportRowOutcome::Status::Failed, QStringLiteral("No.")},
                    // A lost answer: the dialog offers Retry, which must be described too.
                    {3, QStringLiteral("bo"), Role::User, ImportRowOutcome::Status::Failed, QStringLiteral("Lost."),
                     true}});
        else if (name == QLatin1String("BulkResultDialog"))
            dialog = bulkResultDialog();
        else if (name == QLatin1String("WorkProgressDialog"))
            dialog = std::make_unique<WorkProgressDialog>(QStringLiteral("Deleting"), QStringLiteral("Deleting…"), 3,
                                                          nullptr);
        else if (name.endsWith(QLatin1String("(question)")))
            return question(name);
        return dialog.get();
    }

    std::unique_ptr<QDialog> importDialog()
    {
        auto import = std::make_unique<ImportDialog>(f.api, users);
        const QString path = f.dir.filePath(QStringLiteral("users.csv"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write("username,password,role\nann,ann-Pa55word,boss\n") < 0)
            return nullptr;
        file.close();
        // The file is read on a worker thread: the preview is walked once it is shown.
        QSignalSpy read(import.get(), &ImportDialog::fileRead);
        if (!import->openFile(path) || !read.wait(10000) || !read.first().first().toBool())
            return nullptr;
        return import;
    }

    std::unique_ptr<QDialog> bulkResultDialog()
    {
        BulkOutcome outcome(BulkOutcome::Action::Delete, users);
        outcome.settleRemaining(QStringLiteral("Stopped."));
        return std::make_unique<BulkResultDialog>(QStringLiteral("Delete Users"), outcome);
    }

    /// The questions asked without blocking; they belong to the main window.
    QWidget *question(const QString &name)
    {
        if (name.startsWith(QLatin1String("close while working"))) {
            f.window.setCloseGuard([] { return QStringLiteral("3 role changes are waiting for the server."); });
            f.window.close();
        } else {
            const User bob = named(QStringLiteral("bob"));
            Q_EMIT f.directory.roleChangeConflict(bob.id, bob.name, Role::User, Role::Viewer, Role::Admin);
        }
        QMessageBox *box = nullptr;
        if (!QTest::qWaitFor([&] { return (box = f.window.findChild<QMessageBox *>()) && box->isVisible(); }, 5000))
            return nullptr;
        return box;
    }
};
