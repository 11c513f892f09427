// SPDX-License-Identifier: MIT
#include "signindialog.h"

#include "errortext.h"
#include "ui_signindialog.h"
#include "wrappedtextguard.h"

#include <QLocale>
#include <QPushButton>
#include <QSslCertificate>

using namespace Qt::StringLiterals;

SignInDialog::SignInDialog(SkyPilotApi &api, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SignInDialog>())
    , m_flow(api)
{
    m_ui->setupUi(this);
    WrappedTextGuard::install(this);
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
    m_ui->insecureLabel->setTextFormat(Qt::PlainText);
    m_ui->certificateLabel->setTextFormat(Qt::PlainText);
    m_ui->insecurePanel->hide();
    m_ui->certificatePanel->hide();
    connect(m_ui->confirmHostEdit, &QLineEdit::textChanged, this, [this](const QString &typed) {
        m_ui->allowInsecureButton->setEnabled(typed.trimmed().compare(m_profile.url.host(), Qt::CaseInsensitive) == 0);
    });
    connect(m_ui->allowInsecureButton, &QPushButton::clicked, this, &SignInDialog::allowInsecureHttp);
    connect(m_ui->trustCertificateButton, &QPushButton::clicked, this, &SignInDialog::trustCertificate);
}

SignInDialog::~SignInDialog() = default;

void SignInDialog::setProfile(const ServerProfile &profile)
{
    m_profile = profile;
    setServer(profile.url);
    setUsername(profile.username);
    m_ui->rememberCheck->setChecked(profile.rememberPassword);
}

void SignInDialog::setNotice(const QString &text)
{
    showMessage(text, false);
}

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
    // Choices made for one server never carry over to another address.
    if (!(m_profile.url == url)) {
        m_profile.insecureHttpAllowed = false;
        m_profile.pinnedCertificateSha256.clear();
    }
    m_profile.url = url;
    m_profile.username = m_ui->usernameEdit->text();
    m_profile.rememberPassword = m_ui->rememberCheck->isChecked();
    // Passwords are sent exactly as typed: no trimming (ASVS V6.2.9).
    m_password = Secret::fromString(m_ui->passwordEdit->text());
    m_ui->insecurePanel->hide();
    m_ui->certificatePanel->hide();
    setBusy(true);
    showMessage(tr("Signing in to %1\u2026").arg(url.host()), false);
    m_flow.start(m_profile, m_password);
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
    m_password.clear();
    QDialog::reject();
}

void SignInDialog::allowInsecureHttp()
{
    m_profile.insecureHttpAllowed = true;
    m_ui->confirmHostEdit->clear();
    accept();
}

void SignInDialog::trustCertificate()
{
    m_profile.pinnedCertificateSha256 = m_offeredPin;
    accept();
}

QString SignInDialog::describe(const QSslCertificate &certificate)
{
    const auto field
            = [&](const QStringList &values) { return values.isEmpty() ? tr("(none)") : values.join(u", "_s); };
    QString fingerprint = QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
    return tr("Subject: %1 (%2)\nIssuer: %3 (%4)\nValid: %5 to %6\nSHA-256: %7")
            .arg(field(certificate.subjectInfo(QSslCertificate::CommonName)),
                 field(certificate.subjectInfo(QSslCertificate::Organization)),
                 field(certificate.issuerInfo(QSslCertificate::CommonName)),
                 field(certificate.issuerInfo(QSslCertificate::Organization)),
                 QLocale().toString(certificate.effectiveDate().toLocalTime(), QLocale::ShortFormat),
                 QLocale().toString(certificate.expiryDate().toLocalTime(), QLocale::ShortFormat), fingerprint);
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
    ErrorText::apply(m_ui->messageLabel, isError);
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
    showMessage(message, true);
    switch (problem) {
    case SignInFlow::Problem::InsecureHttp:
        m_ui->insecureLabel->setText(
                tr("To sign in anyway, type the server's host name, %1, and allow unencrypted HTTP. A warning stays "
                   "visible while you are connected this way.")
                        .arg(m_profile.url.host()));
        m_ui->allowInsecureButton->setEnabled(false);
        m_ui->insecurePanel->show();
        m_ui->confirmHostEdit->setFocus();
        return;
    case SignInFlow::Problem::UntrustedCertificate:
        m_offeredPin = m_flow.untrustedCertificate().digest(QCryptographicHash::Sha256);
        m_ui->certificateLabel->setText(describe(m_flow.untrustedCertificate()));
        m_ui->certificatePanel->show();
        // The safe choice stays the default: Enter does not trust anything.
        m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setFocus();
        return;
    case SignInFlow::Problem::CredentialsRejected:
        m_ui->passwordEdit->setFocus();
        return;
    default:
        m_ui->serverEdit->setFocus();
        return;
    }
}
