// SPDX-License-Identifier: MIT
#include "signindialog.h"

#include "ui_signindialog.h"

#include <QPushButton>

using namespace Qt::StringLiterals;

SignInDialog::SignInDialog(SkyPilotApi &api, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SignInDialog>())
    , m_flow(api)
{
    m_ui->setupUi(this);
    // Server text reaches this label; Qt must never guess it is rich text.
    m_ui->messageLabel->setTextFormat(Qt::PlainText);
    m_ui->messageLabel->hide();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Sign In"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    connect(m_ui->serverEdit, &QLineEdit::editingFinished, this, &SignInDialog::takeCredentialsFromAddress);
    connect(m_ui->showPasswordCheck, &QCheckBox::toggled, this,
            [this](bool show) { m_ui->passwordEdit->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password); });
    connect(&m_flow, &SignInFlow::succeeded, this, &SignInDialog::onSucceeded);
    connect(&m_flow, &SignInFlow::failed, this, &SignInDialog::onFailed);
}

SignInDialog::~SignInDialog() = default;

void SignInDialog::setServer(const QUrl &server)
{
    m_ui->serverEdit->setText(server.toString());
    takeCredentialsFromAddress();
}

void SignInDialog::setUsername(const QString &username)
{
    m_ui->usernameEdit->setText(username);
}

void SignInDialog::setPassword(const Secret &password)
{
    m_ui->passwordEdit->setText(password.toString());
}

QUrl SignInDialog::splitCredentials(const QUrl &url, QString *username, QString *password)
{
    if (!url.userName().isEmpty() && username)
        *username = url.userName(QUrl::FullyDecoded);
    if (!url.password().isEmpty() && password)
        *password = url.password(QUrl::FullyDecoded);
    return url.adjusted(QUrl::RemoveUserInfo);
}

void SignInDialog::takeCredentialsFromAddress()
{
    const QUrl typed = QUrl::fromUserInput(m_ui->serverEdit->text().trimmed());
    if (typed.userInfo().isEmpty())
        return;
    QString username = m_ui->usernameEdit->text();
    QString password = m_ui->passwordEdit->text();
    const QUrl clean = splitCredentials(typed, &username, &password);
    m_ui->serverEdit->setText(clean.toString());
    m_ui->usernameEdit->setText(username);
    m_ui->passwordEdit->setText(password);
    password.fill(u'\0');
}

QString SignInDialog::validationProblem(const QUrl &url) const
{
    if (!url.isValid() || url.host().isEmpty() || (url.scheme() != "http"_L1 && url.scheme() != "https"_L1))
        return tr("Enter the server address as http://host:port or https://host.");
    if (m_ui->usernameEdit->text().isEmpty())
        return tr("Enter your user name.");
    // RFC 7617: Basic auth splits at the first colon, so such a name can never sign in.
    if (m_ui->usernameEdit->text().contains(u':'))
        return tr("A user name cannot contain \u201c:\u201d: HTTP Basic authentication could never send it.");
    if (m_ui->passwordEdit->text().isEmpty())
        return tr("Enter your password.");
    return {};
}

void SignInDialog::accept()
{
    if (m_flow.isRunning())
        return;
    takeCredentialsFromAddress();
    const QUrl url = QUrl::fromUserInput(m_ui->serverEdit->text().trimmed());
    if (const QString problem = validationProblem(url); !problem.isEmpty()) {
        showMessage(problem, true);
        return;
    }
    m_server = url;
    // Passwords are sent exactly as typed: no trimming (ASVS V6.2.9).
    m_credentials = Credentials{m_ui->usernameEdit->text(), Secret::fromString(m_ui->passwordEdit->text())};
    setBusy(true);
    showMessage(tr("Signing in to %1\u2026").arg(url.host()), false);
    m_flow.start(m_server, m_credentials);
}

void SignInDialog::reject()
{
    if (m_flow.isRunning()) {
        // First Cancel stops the attempt and keeps the dialog; a second one closes it.
        m_flow.cancel();
        setBusy(false);
        showMessage(tr("Sign-in cancelled."), false);
        return;
    }
    m_credentials.password.clear();
    QDialog::reject();
}

void SignInDialog::setBusy(bool busy)
{
    m_ui->serverEdit->setEnabled(!busy);
    m_ui->usernameEdit->setEnabled(!busy);
    m_ui->passwordEdit->setEnabled(!busy);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    if (busy)
        QGuiApplication::setOverrideCursor(Qt::BusyCursor);
    else
        QGuiApplication::restoreOverrideCursor();
}

void SignInDialog::showMessage(const QString &text, bool isError)
{
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setStyleSheet(isError ? u"color: #b91c1c;"_s : QString());
    m_ui->messageLabel->show();
}

void SignInDialog::onSucceeded(const CurrentUser &user, const Health &health)
{
    setBusy(false);
    m_user = user;
    m_health = health;
    m_ui->passwordEdit->clear();
    QDialog::accept();
}

void SignInDialog::onFailed(SignInFlow::Problem problem, const QString &message)
{
    setBusy(false);
    m_credentials.password.clear();
    showMessage(message, true);
    // Put the cursor where the fix most likely goes.
    if (problem == SignInFlow::Problem::CredentialsRejected)
        m_ui->passwordEdit->setFocus();
    else
        m_ui->serverEdit->setFocus();
}
