import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk

// One "一件事" bundle: the services it covers (each opens its guide) and one button to apply
// for all of them. The button is shown disabled, with the plain reason, whenever applying for
// the whole bundle cannot work here now: a service that is guide-only at a kiosk, a service the
// site does not offer, or a device the application needs that is not working (it comes back
// by itself when the device does).
Item {
    id: screen
    objectName: "bundleScreen"
    readonly property string bundleId: Router.currentParams.bundleId || ""
    // Re-read when a new catalogue version arrives while the screen is open.
    readonly property var bundle: Catalogue.version >= 0 ? Catalogue.bundle(bundleId) : ({})
    readonly property bool found: bundle.bundleId !== undefined
    readonly property var items: found ? bundle.items : []
    readonly property bool needFace: items.some(function (i) { return i.identityLevel === "idcard_face" })
    readonly property var blocker: Features.blocked[needFace ? "apply_face" : "apply"]
    // The Apply view-model (screens/viewmodels/apply.py) may not be registered in every build.
    readonly property bool canApplyHere: typeof Apply !== "undefined"
    readonly property string applyReason: !found ? ""
        : !bundle.complete ? qsTr("Some of these services are not offered at this kiosk. Please apply at a service window.")
        : !bundle.selfService ? qsTr("Some of these services cannot be completed at a self-service kiosk. Please apply at a service window.")
        : !canApplyHere ? qsTr("Applying at this kiosk is not available yet.")
        : blocker !== undefined ? Labels.unavailable(blocker)
        : ""

    Text {
        objectName: "bundleMissing"
        visible: !screen.found
        anchors.fill: parent
        anchors.margins: Theme.margin
        text: qsTr("This combined service is not offered at this kiosk. Please go back and choose another one.")
        font.pixelSize: Theme.bodyPx
        color: Theme.text
        wrapMode: Text.WordWrap
    }

    ColumnLayout {
        visible: screen.found
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.gap

        Text {
            objectName: "bundleTitle"
            property bool catalogueData: true  // the bundle's name: Chinese data
            Layout.fillWidth: true
            text: screen.bundle.name || ""
            font.pixelSize: Theme.headlinePx * 0.7
            font.bold: true
            color: Theme.text
            wrapMode: Text.WordWrap
        }
        Text {
            objectName: "bundleIntro"
            Layout.fillWidth: true
            text: qsTr("These %n service(s) are handled together in one application. Tap one to read its guide.", "", screen.items.length)
            font.pixelSize: Theme.bodyPx
            color: Theme.textMuted
            wrapMode: Text.WordWrap
        }

        ListView {
            id: list
            objectName: "bundleItems"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.gap / 2
            boundsBehavior: Flickable.StopAtBounds
            model: screen.items
            delegate: AbstractButton {
                id: row
                required property var modelData
                required property int index
                objectName: "bundleItem_" + modelData.itemId
                width: list.width
                implicitHeight: Math.max(Theme.minTouch, content.implicitHeight + 2 * Theme.gap)
                onClicked: Router.go("guide", { "itemId": modelData.itemId })
                background: Rectangle {
                    radius: Theme.radius
                    color: row.down ? "#DCE6F2" : Theme.surface
                    border.color: Theme.border
                    border.width: Theme.elder ? 3 : 1
                }
                contentItem: Item {
                    RowLayout {
                        id: content
                        anchors.left: parent.left
                        anchors.right: parent.right
                        anchors.verticalCenter: parent.verticalCenter
                        anchors.leftMargin: Theme.gap
                        anchors.rightMargin: Theme.gap
                        spacing: Theme.gap
                        Text {
                            text: (row.index + 1) + "."
                            font.pixelSize: Theme.bodyPx
                            font.bold: true
                            color: Theme.primary
                        }
                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: 4
                            Text {
                                objectName: "bundleItemName"
                                property bool catalogueData: true
                                Layout.fillWidth: true
                                text: row.modelData.name
                                color: Theme.text
                                font.pixelSize: Theme.bodyPx
                                font.bold: true
                                wrapMode: Text.WordWrap
                            }
                            Text {
                                property bool catalogueData: true
                                Layout.fillWidth: true
                                text: row.modelData.department
                                  + (row.modelData.lead ? " · " + qsTr("main service") : "")
                                color: Theme.textMuted
                                font.pixelSize: Theme.labelPx
                                wrapMode: Text.WordWrap
                            }
                        }
                        Rectangle {
                            objectName: "bundleItemBadge"
                            Layout.alignment: Qt.AlignVCenter
                            implicitWidth: badge.implicitWidth + 2 * Theme.gap
                            implicitHeight: badge.implicitHeight + Theme.gap
                            radius: Theme.radius
                            color: row.modelData.selfService ? Theme.ok : Theme.surface
                            border.width: row.modelData.selfService ? 0 : 2
                            border.color: Theme.textMuted
                            Text {
                                id: badge
                                objectName: "bundleItemMode"
                                anchors.centerIn: parent
                                text: row.modelData.selfService ? qsTr("Self-service") : qsTr("Guide only")
                                color: row.modelData.selfService ? Theme.textOnPrimary : Theme.textMuted
                                font.pixelSize: Theme.labelPx
                                font.bold: true
                            }
                        }
                    }
                }
            }
            ScrollIndicator.vertical: ScrollIndicator { }
        }

        // Apply for the whole bundle, or the reason why not here and now.
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.margin
            Text {
                objectName: "bundleApplyReason"
                Layout.fillWidth: true
                visible: screen.applyReason !== ""
                text: screen.applyReason
                font.pixelSize: Theme.bodyPx
                color: Theme.text
                wrapMode: Text.WordWrap
            }
            Item { Layout.fillWidth: true; visible: screen.applyReason === "" }
            KButton {
                objectName: "bundleApplyButton"
                Layout.preferredWidth: Theme.elder ? 640 : 520
                implicitHeight: Theme.buttonHeight
                textPx: Theme.elder ? Theme.labelPx : Theme.bodyPx
                enabled: screen.applyReason === ""
                text: qsTr("Apply for all of these")
                onClicked: Apply.beginBundle(screen.bundleId)
            }
        }
    }
}
