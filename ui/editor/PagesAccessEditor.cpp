#include "ui/editor/PagesAccessEditor.h"
#include "ui/common/ChoiceLabel.h"

#include "ui/editor/AccessJson.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
const QString kSummary = u"summary"_s;

struct Action
{
    QString prefix;
    QString label;
};
const QList<Action> kActions = {{u"view"_s, QCoreApplication::translate("PagesAccessEditor", "View")},
                                {u"upload"_s, QCoreApplication::translate("PagesAccessEditor", "Upload")},
                                {u"edit"_s, QCoreApplication::translate("PagesAccessEditor", "Edit")}};
} // namespace

PagesAccessEditor::PagesAccessEditor(const ProjectField& field, QWidget* parent)
    : FieldEditor(field, parent)
{
    m_enabledBox = new QCheckBox(tr("Summary page enabled"), this);
    m_enabledBox->setObjectName(u"enabledBox"_s);
    m_enabledBox->setAccessibleName(tr("Summary page enabled"));
    connect(m_enabledBox, &QCheckBox::toggled, this, [this](bool on) {
        if (isApplying())
            return;
        AccessJson::setAt(m_value, {kSummary, u"enabled"_s}, on);
        notifyChanged();
    });
    contentLayout()->addWidget(m_enabledBox, 0, Qt::AlignLeft);

    auto* grid = new QGridLayout;
    grid->setContentsMargins(0, 4, 0, 0);
    grid->setHorizontalSpacing(12);
    const QList<FieldChoice> roles = AccessVocabulary::roles();
    const QList<FieldChoice> levels = AccessVocabulary::accessLevels();
    auto bold = [this](const QString& text) {
        auto* label = new QLabel(text, this);
        label->setStyleSheet(u"font-weight: 600;"_s);
        return label;
    };
    grid->addWidget(bold(tr("Who may")), 0, 0);
    grid->addWidget(bold(tr("Roles")), 0, 1, 1, int(roles.size()), Qt::AlignHCenter);
    grid->addWidget(bold(tr("Project access levels")), 0, 1 + int(roles.size()), 1, int(levels.size()),
                    Qt::AlignHCenter);
    int column = 1;
    for (const FieldChoice& role : roles)
        grid->addWidget(new QLabel(ChoiceLabel::of(role), this), 1, column++, Qt::AlignHCenter);
    for (const FieldChoice& level : levels)
        grid->addWidget(new QLabel(ChoiceLabel::of(level), this), 1, column++, Qt::AlignHCenter);

    int row = 2;
    for (const Action& action : kActions) {
        grid->addWidget(new QLabel(action.label, this), row, 0);
        column = 1;
        auto addBoxes = [&](const QList<FieldChoice>& items, const QString& list, const QString& kind) {
            for (const FieldChoice& item : items) {
                auto* box = new QCheckBox(this);
                box->setObjectName(list + u'_' + item.value + u"Box"_s);
                box->setAccessibleName(accessibleLabel(action.label, kind + u' ' + ChoiceLabel::of(item)));
                connect(box, &QCheckBox::toggled, this, [this, list, value = item.value](bool on) {
                    if (isApplying())
                        return;
                    AccessJson::setListed(m_value, {kSummary, u"access"_s, list}, value, on);
                    notifyChanged();
                });
                grid->addWidget(box, row, column++, Qt::AlignHCenter);
            }
        };
        addBoxes(roles, action.prefix + u"_roles"_s, u"role"_s);
        addBoxes(levels, action.prefix + u"_project_access_levels"_s, tr("access level"));
        ++row;
    }
    grid->setColumnStretch(column, 1);
    contentLayout()->addLayout(grid);
}

QJsonValue PagesAccessEditor::value() const
{
    return m_value;
}

QWidget* PagesAccessEditor::inputWidget() const
{
    return m_enabledBox;
}

QCheckBox* PagesAccessEditor::listBox(const QString& list, const QString& item) const
{
    return findChild<QCheckBox*>(list + u'_' + item + u"Box"_s);
}

void PagesAccessEditor::applyValue(const QJsonValue& value)
{
    m_value = value.toObject();
    m_enabledBox->setChecked(AccessJson::valueAt(m_value, {kSummary, u"enabled"_s}).toBool());
    for (const QString& list : AccessVocabulary::pageAccessLists()) {
        const QList<FieldChoice> items =
            list.endsWith(u"_roles"_s) ? AccessVocabulary::roles() : AccessVocabulary::accessLevels();
        for (const FieldChoice& item : items)
            listBox(list, item.value)
                ->setChecked(AccessJson::isListed(m_value, {kSummary, u"access"_s, list}, item.value));
    }
}
