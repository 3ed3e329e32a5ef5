#include "ui/editor/FeatureAccessEditor.h"
#include "ui/common/ChoiceLabel.h"

#include "ui/common/LabelledComboBoxAccessible.h"
#include "ui/editor/AccessJson.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QGridLayout>
#include <QJsonArray>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
const QString kTestCases = u"testcases"_s;
}

FeatureAccessEditor::FeatureAccessEditor(const ProjectField& field, QWidget* parent)
    : FieldEditor(field, parent)
{
    LabelledComboBoxAccessible::install(); // the label, not the current value, names the box
    auto* grid = new QGridLayout;
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(12);
    const QList<FieldChoice> roles = AccessVocabulary::roles();
    int column = 0;
    auto header = [&](const QString& text) {
        auto* label = new QLabel(text, this);
        label->setStyleSheet(u"font-weight: 600;"_s);
        label->setWordWrap(true); // long role names take two lines rather than widen the matrix
        grid->addWidget(label, 0, column++, Qt::AlignBottom);
    };
    header(QCoreApplication::translate("FeatureAccessEditor", "Feature"));
    header(QCoreApplication::translate("FeatureAccessEditor", "Enabled"));
    for (const FieldChoice& role : roles)
        header(ChoiceLabel::of(role));
    header(QCoreApplication::translate("FeatureAccessEditor", "Minimum access level"));

    int row = 1;
    for (const FieldChoice& feature : AccessVocabulary::features()) {
        column = 0;
        grid->addWidget(new QLabel(ChoiceLabel::of(feature), this), row, column++);
        if (feature.value != kTestCases) {
            auto* enabled = new QCheckBox(this);
            enabled->setObjectName(feature.value + u"EnabledBox"_s);
            enabled->setAccessibleName(accessibleLabel(
                ChoiceLabel::of(feature), QCoreApplication::translate("FeatureAccessEditor", "Enabled")));
            connect(enabled, &QCheckBox::toggled, this, [this, key = feature.value](bool on) {
                edit({key, u"enabled"_s}, on);
            });
            grid->addWidget(enabled, row, column, Qt::AlignHCenter);
            if (!m_first)
                m_first = enabled;
        }
        ++column;
        for (const FieldChoice& role : roles) {
            auto* box = new QCheckBox(this);
            box->setObjectName(feature.value + u'_' + role.value + u"Box"_s);
            box->setAccessibleName(accessibleLabel(ChoiceLabel::of(feature), ChoiceLabel::of(role)));
            connect(box, &QCheckBox::toggled, this, [this, key = feature.value, role = role.value](bool on) {
                if (isApplying())
                    return;
                QJsonObject next = m_value;
                AccessJson::setListed(next, {key, u"access"_s, u"roles"_s}, role, on);
                edit({key}, next.value(key));
            });
            grid->addWidget(box, row, column++, Qt::AlignHCenter);
        }
        auto* level = new QComboBox(this);
        level->setObjectName(feature.value + u"LevelBox"_s);
        level->setAccessibleName(
            accessibleLabel(ChoiceLabel::of(feature),
                            QCoreApplication::translate("FeatureAccessEditor", "Minimum access level")));
        for (const FieldChoice& choice : AccessVocabulary::accessLevels())
            level->addItem(ChoiceLabel::of(choice), choice.value);
        connect(level, &QComboBox::activated, this, [this, level, key = feature.value] {
            edit({key, u"access"_s, AccessVocabulary::ProjectAccessLevel}, level->currentData().toString());
        });
        grid->addWidget(level, row, column++);
        ++row;
    }
    grid->setColumnStretch(column, 1);
    contentLayout()->addLayout(grid);
}

QJsonValue FeatureAccessEditor::value() const
{
    return m_value;
}

QWidget* FeatureAccessEditor::inputWidget() const
{
    return m_first;
}

QCheckBox* FeatureAccessEditor::enabledBox(const QString& feature) const
{
    return findChild<QCheckBox*>(feature + u"EnabledBox"_s);
}

QCheckBox* FeatureAccessEditor::roleBox(const QString& feature, const QString& role) const
{
    return findChild<QCheckBox*>(feature + u'_' + role + u"Box"_s);
}

QComboBox* FeatureAccessEditor::levelBox(const QString& feature) const
{
    return findChild<QComboBox*>(feature + u"LevelBox"_s);
}

void FeatureAccessEditor::applyValue(const QJsonValue& value)
{
    m_value = value.toObject();
    for (const FieldChoice& feature : AccessVocabulary::features()) {
        if (QCheckBox* enabled = enabledBox(feature.value))
            enabled->setChecked(AccessJson::valueAt(m_value, {feature.value, u"enabled"_s}).toBool());
        for (const FieldChoice& role : AccessVocabulary::roles())
            roleBox(feature.value, role.value)
                ->setChecked(
                    AccessJson::isListed(m_value, {feature.value, u"access"_s, u"roles"_s}, role.value));
        QComboBox* level = levelBox(feature.value);
        level->setCurrentIndex(level->findData(
            AccessJson::valueAt(m_value, {feature.value, u"access"_s, AccessVocabulary::ProjectAccessLevel})
                .toString()));
    }
}

void FeatureAccessEditor::edit(const QStringList& path, const QJsonValue& value)
{
    if (isApplying())
        return;
    AccessJson::setAt(m_value, path, value);
    notifyChanged();
}
