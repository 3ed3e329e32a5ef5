#pragma once

#include "ui/editor/FieldEditor.h"

#include <QJsonObject>

class QCheckBox;

// The summary page: whether it is enabled, and for viewing, uploading and editing which roles and
// which project access levels may do so.
class PagesAccessEditor : public FieldEditor
{
    Q_OBJECT
public:
    explicit PagesAccessEditor(const ProjectField& field, QWidget* parent = nullptr);

    QJsonValue value() const override;
    QWidget* inputWidget() const override;
    QCheckBox* enabledBox() const { return m_enabledBox; }
    // `list` is one of AccessVocabulary::pageAccessLists(), e.g. "view_roles".
    QCheckBox* listBox(const QString& list, const QString& item) const;

protected:
    void applyValue(const QJsonValue& value) override;

private:
    QJsonObject m_value;
    QCheckBox* m_enabledBox = nullptr;
};
