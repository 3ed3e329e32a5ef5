#pragma once

#include "ui/editor/FieldEditor.h"

#include <QJsonObject>

class QCheckBox;
class QComboBox;

// The features matrix: per feature (attack chains, reporting, retesting, test cases) whether it is
// enabled (test cases have no switch), which roles get it and the minimum project access level.
class FeatureAccessEditor : public FieldEditor
{
    Q_OBJECT
public:
    explicit FeatureAccessEditor(const ProjectField& field, QWidget* parent = nullptr);

    QJsonValue value() const override;
    QWidget* inputWidget() const override;
    QCheckBox* enabledBox(const QString& feature) const;
    QCheckBox* roleBox(const QString& feature, const QString& role) const;
    QComboBox* levelBox(const QString& feature) const;

protected:
    void applyValue(const QJsonValue& value) override;

private:
    void edit(const QStringList& path, const QJsonValue& value);

    QJsonObject m_value;
    QWidget* m_first = nullptr;
};
