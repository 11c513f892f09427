// SPDX-License-Identifier: MIT
#include "newpasswordwidget.h"

#include "auth/passwordgenerator.h"
#include "secretclipboard.h"
#include "ui_newpasswordwidget.h"

NewPasswordWidget::NewPasswordWidget(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::NewPasswordWidget>())
{
    m_ui->setupUi(this);
    // Focusing the whole widget (a buddy, setFocus()) lands in the first field.
    setFocusProxy(m_ui->passwordEdit);
    m_ui->noteLabel->setTextFormat(Qt::PlainText);
    m_ui->warningLabel->setTextFormat(Qt::PlainText);
    m_ui->noteLabel->hide();
    m_ui->warningLabel->hide();
    connect(m_ui->showPasswordCheck, &QCheckBox::toggled, this, [this](bool show) {
        const auto mode = show ? QLineEdit::Normal : QLineEdit::Password;
        m_ui->passwordEdit->setEchoMode(mode);
        m_ui->confirmEdit->setEchoMode(mode);
    });
    connect(m_ui->generateButton, &QPushButton::clicked, this, &NewPasswordWidget::generate);
    for (QLineEdit *edit : {m_ui->passwordEdit, m_ui->confirmEdit}) {
        connect(edit, &QLineEdit::textChanged, this, &NewPasswordWidget::onChanged);
        // Only the person's own typing makes the "copied" note stale, not Generate filling the fields.
        connect(edit, &QLineEdit::textEdited, m_ui->noteLabel, &QWidget::hide);
    }
}

NewPasswordWidget::~NewPasswordWidget() = default;

QString NewPasswordWidget::problem() const
{
    if (m_ui->passwordEdit->text().isEmpty())
        return tr("Enter a password, or generate one.");
    if (m_ui->confirmEdit->text().isEmpty())
        return tr("Type the password again to confirm it.");
    if (m_ui->passwordEdit->text() != m_ui->confirmEdit->text())
        return tr("The two passwords do not match.");
    return {};
}

Secret NewPasswordWidget::password() const
{
    return Secret::fromString(m_ui->passwordEdit->text());
}

void NewPasswordWidget::setInputEnabled(bool enabled)
{
    m_ui->passwordEdit->setEnabled(enabled);
    m_ui->confirmEdit->setEnabled(enabled);
    m_ui->generateButton->setEnabled(enabled);
}

void NewPasswordWidget::generate()
{
    const Secret secret = PasswordGenerator::generate();
    QString text = secret.toString();
    m_ui->passwordEdit->setText(text);
    m_ui->confirmEdit->setText(text);
    text.fill(u'\0');
    SecretClipboard::copy(secret);
    m_ui->noteLabel->setText(
            tr("A %1-character password was generated and copied to the clipboard, marked so clipboard managers "
               "do not keep it. It is removed from the clipboard after %2 seconds unless something else was "
               "copied.")
                    .arg(PasswordGenerator::DefaultLength)
                    .arg(SecretClipboard::DefaultClearAfterMs / 1000));
    m_ui->noteLabel->show();
}

void NewPasswordWidget::onChanged()
{
    updateWarning();
    Q_EMIT changed();
}

void NewPasswordWidget::updateWarning()
{
    const qsizetype bytes = m_ui->passwordEdit->text().toUtf8().size();
    m_ui->warningLabel->setVisible(bytes > BcryptMaxBytes);
    if (bytes > BcryptMaxBytes) {
        m_ui->warningLabel->setText(
                tr("This password is %1 bytes long in UTF-8. The server stores it with bcrypt, which uses only the "
                   "first %2 bytes: anything after them is ignored when signing in.")
                        .arg(bytes)
                        .arg(BcryptMaxBytes));
    }
}
