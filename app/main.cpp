// SPDX-License-Identifier: MIT
#include "appcontroller.h"
#include "i18n/languageloader.h"
#include "util/commandline.h"
#include "util/processhardening.h"

#include <QApplication>
#include <QIcon>
#include <QSettings>

#include <cstdio>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    // Handled before QApplication exists: it would abort without a display, even for --version.
    const CommandLine commandLine = CommandLine::parse(arguments);
    if (commandLine.outcome() != CommandLine::Outcome::Run) {
        const bool ok = commandLine.outcome() == CommandLine::Outcome::ExitSuccess;
        std::fputs(commandLine.message().toLocal8Bit().constData(), ok ? stdout : stderr);
        return ok ? 0 : 2;
    }

    // Before any password exists in memory. A developer who needs a core file sets SKYUSERS_ALLOW_CORE_DUMPS=1.
    if (!qEnvironmentVariableIntValue("SKYUSERS_ALLOW_CORE_DUMPS"))
        ProcessHardening::apply();

    QApplication app(argc, argv);
    // The icons are compiled into the static skyusers_ui library; a static library's resources must be
    // registered by name before use.
    Q_INIT_RESOURCE(resources);
    QApplication::setOrganizationName(QStringLiteral("SkyUsers"));
    QApplication::setApplicationName(QStringLiteral("skyusers"));
    QApplication::setApplicationDisplayName(QStringLiteral("SkyUsers"));
    QApplication::setApplicationVersion(QStringLiteral(SKYUSERS_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.skyusers.skyusers"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/skyusers/icons/skyusers.svg")));

    // The system's language unless one was chosen in Settings ▸ Language; read once, so a change waits for a restart.
    const QString language = LanguageLoader::storedChoice(QSettings());
    if (!language.isEmpty())
        QLocale::setDefault(LanguageLoader::localeFor(language));
    LanguageLoader languages;
    languages.install(LanguageLoader::localeFor(language));

    AppController controller(commandLine);
    controller.show();
    return QApplication::exec();
}
