#include "ui/editor/UniqueCodeHint.h"
#include "ui/common/ThemeColors.h"

#include "models/ProjectField.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;

UniqueCodeHint::UniqueCodeHint(const QString& fieldLabel, QWidget* parent)
    : QWidget(parent)
    , m_fieldLabel(fieldLabel)
    , m_label(new QLabel(this))
    , m_suggestButton(new QPushButton(this))
{
    m_label->setObjectName(u"codeWarningLabel"_s);
    m_label->setStyleSheet(ThemeColors::textStyle(ThemeColors::Mark::Warning, palette()));
    m_label->setWordWrap(true);
    m_suggestButton->setObjectName(u"nextFreeCodeButton"_s);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_suggestButton);
    connect(m_suggestButton, &QPushButton::clicked, this, [this] {
        if (!m_suggestion.isEmpty())
            Q_EMIT codeChosen(m_suggestion);
    });
    refresh();
}

bool UniqueCodeHint::appliesTo(const ProjectField& field)
{
    return field.key == u"code"_s || field.key == u"vulnerability_code"_s;
}

void UniqueCodeHint::setCodesInUse(const CodeIndex& codes)
{
    m_inUse = codes;
    refresh();
}

void UniqueCodeHint::setOwnValue(const QString& code)
{
    m_own = code;
    refresh();
}

void UniqueCodeHint::setText(const QString& code)
{
    m_text = code;
    refresh();
}

QString UniqueCodeHint::warning() const
{
    return m_label->text();
}

void UniqueCodeHint::refresh()
{
    // This project's own server value is one of the codes in use; any other use is another project's.
    const int uses = m_inUse.usageCount(m_text);
    const int others = uses - (uses > 0 && CodeIndex::sameCode(m_own, m_text) ? 1 : 0);
    m_suggestion = others > 0 ? m_inUse.nextFree(m_text) : QString();
    m_label->setText(others <= 0 ? QString()
                     : others == 1
                         ? tr("Another loaded project uses “%1”.").arg(m_text.trimmed())
                         : tr("%n other loaded projects use “%1”.", nullptr, others).arg(m_text.trimmed()));
    m_suggestButton->setText(tr("Use next free code: %1").arg(m_suggestion));
    m_suggestButton->setAccessibleName(
        tr("%1: use next free code %2").arg(m_fieldLabel, m_suggestion).trimmed());
    m_suggestButton->setVisible(!m_suggestion.isEmpty());
    setVisible(others > 0);
}
