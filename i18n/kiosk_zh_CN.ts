<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>ApplyField</name>
    <message>
        <location filename="../screens/qml/ApplyField.qml" line="27" />
        <source>Please confirm: %1</source>
        <translation>请确认：%1</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyField.qml" line="28" />
        <source>Please fill in: %1</source>
        <translation>请填写：%1</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyField.qml" line="31" />
        <source>%1: please enter an 11-digit mobile number starting with 1.</source>
        <translation>%1：请输入以1开头的11位手机号码。</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyField.qml" line="32" />
        <source>%1: the format is not correct.</source>
        <translation>%1：格式不正确。</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyField.qml" line="33" />
        <source>%1: at most %2 characters.</source>
        <translation>%1：不能超过%2个字符。</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyField.qml" line="34" />
        <source>%1: please choose one of the options.</source>
        <translation>%1：请从选项中选择。</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyField.qml" line="35" />
        <source>%1: this is not a valid ID number.</source>
        <translation>%1：不是有效的公民身份号码。</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyField.qml" line="36" />
        <source>%1: this is not a valid date.</source>
        <translation>%1：日期无效。</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyField.qml" line="38" />
        <source>%1: please check this value.</source>
        <translation>%1：请检查填写内容。</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyField.qml" line="45" />
        <source>(from your ID card)</source>
        <translation>（读取自身份证）</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyField.qml" line="92" />
        <source>Tap to type</source>
        <translation>点击输入</translation>
    </message>
</context>
<context>
    <name>ApplyFormScreen</name>
    <message>
        <location filename="../screens/qml/ApplyFormScreen.qml" line="34" />
        <source>Fill in the form</source>
        <translation>填写申请表</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyFormScreen.qml" line="70" />
        <source>For all services</source>
        <translation>各事项共用信息</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyFormScreen.qml" line="71" />
        <source>For %1</source>
        <translation>%1专用信息</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyFormScreen.qml" line="136" />
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyFormScreen.qml" line="153" />
        <source>Please correct the fields marked in red.</source>
        <translation>请修改标红的项目。</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyFormScreen.qml" line="163" />
        <source>Next</source>
        <translation>下一步</translation>
    </message>
</context>
<context>
    <name>ApplyHeader</name>
    <message>
        <location filename="../screens/qml/ApplyHeader.qml" line="14" />
        <source>Combined service: %1</source>
        <translation>一件事：%1</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyHeader.qml" line="25" />
        <source>Step %1 of 5: %2</source>
        <translation>第%1步（共5步）：%2</translation>
    </message>
</context>
<context>
    <name>ApplyMaterialsScreen</name>
    <message>
        <location filename="../screens/qml/ApplyMaterialsScreen.qml" line="17" />
        <source>Preparing the scan…</source>
        <translation>正在生成扫描件…</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyMaterialsScreen.qml" line="19" />
        <source>E-certificate used: %1</source>
        <translation>已使用电子证照：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../screens/qml/ApplyMaterialsScreen.qml" line="20" />
        <source>Scanned: %n page(s)</source>
        <translation>
            <numerusform>已扫描%n页</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyMaterialsScreen.qml" line="21" />
        <source>You commit to supply it later</source>
        <translation>已承诺后补</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyMaterialsScreen.qml" line="23" />
        <source>Needed</source>
        <translation>需要提供</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyMaterialsScreen.qml" line="23" />
        <source>Optional: not provided</source>
        <translation>非必需：未提供</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyMaterialsScreen.qml" line="34" />
        <source>Materials</source>
        <translation>申请材料</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyMaterialsScreen.qml" line="43" />
        <source>Looking up your e-certificates…</source>
        <translation>正在查询您的电子证照…</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyMaterialsScreen.qml" line="53" />
        <source>Your e-certificates cannot be looked up right now. Please scan the materials instead.</source>
        <translation>暂时无法查询电子证照，请改用扫描方式提供材料。</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyMaterialsScreen.qml" line="95" />
        <source>(required)</source>
        <translation>（必需）</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyMaterialsScreen.qml" line="95" />
        <source>(if applicable)</source>
        <translation>（如有）</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyMaterialsScreen.qml" line="126" />
        <source>Use e-certificate</source>
        <translation>使用电子证照</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyMaterialsScreen.qml" line="132" />
        <source>Scan again</source>
        <translation>重新扫描</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyMaterialsScreen.qml" line="132" />
        <source>Scan with the camera</source>
        <translation>拍照扫描</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyMaterialsScreen.qml" line="140" />
        <source>Supply it later</source>
        <translation>容缺后补</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyMaterialsScreen.qml" line="161" />
        <source>I commit to supply "%1" within the promised time. If I do not, or if this commitment is untrue, the application may be refused and I bear the consequences. My signature at the end covers this commitment.</source>
        <translation>本人承诺在承诺期限内补交“%1”。如未按期补交或承诺不实，申请可能不予受理，由本人承担相应责任。本人在最后的签名即为对本承诺的确认。</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyMaterialsScreen.qml" line="168" />
        <source>I commit</source>
        <translation>我承诺</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyMaterialsScreen.qml" line="191" />
        <source>The scan could not be prepared. Please scan the page again.</source>
        <translation>扫描件生成失败，请重新扫描。</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyMaterialsScreen.qml" line="192" />
        <source>Please supply the materials marked as needed.</source>
        <translation>请提供标注为“需要提供”的材料。</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyMaterialsScreen.qml" line="202" />
        <source>Next</source>
        <translation>下一步</translation>
    </message>
</context>
<context>
    <name>ApplyReceiptScreen</name>
    <message>
        <location filename="../screens/qml/ApplyReceiptScreen.qml" line="19" />
        <source>This kiosk's storage is full, so your application could not be saved. Nothing you entered is lost: please try again, or ask staff for help.</source>
        <translation>本终端存储空间已满，申请未能保存。您填写的内容不会丢失，请重试或呼叫工作人员。</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyReceiptScreen.qml" line="20" />
        <source>This kiosk could not save your application. Nothing you entered is lost: please try again, or ask staff for help.</source>
        <translation>本终端未能保存您的申请。您填写的内容不会丢失，请重试或呼叫工作人员。</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyReceiptScreen.qml" line="21" />
        <source>This kiosk is still starting up. Please try again in a moment.</source>
        <translation>本终端正在启动，请稍后再试。</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyReceiptScreen.qml" line="23" />
        <source>Your application could not be saved. Please try again, or ask staff for help.</source>
        <translation>申请未能保存，请重试或呼叫工作人员。</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyReceiptScreen.qml" line="27" />
        <source>Printing your receipt…</source>
        <translation>正在打印回执…</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyReceiptScreen.qml" line="29" />
        <source>Please take your ID card and your receipt.</source>
        <translation>请取走您的身份证和回执。</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyReceiptScreen.qml" line="31" />
        <source>No paper receipt could be printed: the printer is out of paper. Please note or photograph your application number. Please take your ID card.</source>
        <translation>打印机缺纸，无法打印纸质回执。请记下或拍下您的办件编号，并取走您的身份证。</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyReceiptScreen.qml" line="32" />
        <source>No paper receipt could be printed. Please note or photograph your application number. Please take your ID card.</source>
        <translation>无法打印纸质回执。请记下或拍下您的办件编号，并取走您的身份证。</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyReceiptScreen.qml" line="36" />
        <source>Pickup cabinet</source>
        <translation>智能柜自取</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyReceiptScreen.qml" line="37" />
        <source>By post</source>
        <translation>邮寄送达</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyReceiptScreen.qml" line="38" />
        <source>Electronic certificate</source>
        <translation>电子证照</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyReceiptScreen.qml" line="39" />
        <source>Collect at a service window</source>
        <translation>窗口领取</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyReceiptScreen.qml" line="55" />
        <source>Submitting your application…</source>
        <translation>正在提交申请…</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyReceiptScreen.qml" line="56" />
        <source>Submitted. Getting your application number…</source>
        <translation>已提交，正在获取办件编号…</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyReceiptScreen.qml" line="73" />
        <source>Not submitted</source>
        <translation>未能提交</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyReceiptScreen.qml" line="93" />
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyReceiptScreen.qml" line="100" />
        <source>Back to signing</source>
        <translation>返回签名</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyReceiptScreen.qml" line="116" />
        <source>Application submitted</source>
        <translation>申请已提交</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyReceiptScreen.qml" line="116" />
        <source>Not accepted by the platform</source>
        <translation>平台未受理</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyReceiptScreen.qml" line="144" />
        <source>The platform did not accept the application marked below. Nothing you entered is lost: please take this receipt to the staff at the counter; they will help you.</source>
        <translation>政务服务平台未受理下方标注的申请。您填写的内容不会丢失：请持本回执到服务窗口，工作人员会协助您办理。</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyReceiptScreen.qml" line="154" />
        <source>Submitted on this kiosk; it will be sent automatically when the network returns. Query progress with your ID card.</source>
        <translation>已在本终端提交，网络恢复后将自动报送。请凭身份证查询办理进度。</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyReceiptScreen.qml" line="189" />
        <source>Not accepted: please see staff</source>
        <translation>未被受理：请到窗口咨询工作人员</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyReceiptScreen.qml" line="197" />
        <source>Application number</source>
        <translation>办件编号</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyReceiptScreen.qml" line="197" />
        <source>Kiosk reference number</source>
        <translation>终端受理编号</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyReceiptScreen.qml" line="215" />
        <source>Promised by %1</source>
        <translation>承诺办结：%1</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyReceiptScreen.qml" line="244" />
        <source>Scan to check progress</source>
        <translation>扫码查询办件进度</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyReceiptScreen.qml" line="267" />
        <source>Finish</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>ApplyReviewScreen</name>
    <message>
        <location filename="../screens/qml/ApplyReviewScreen.qml" line="14" />
        <source>Pickup cabinet</source>
        <translation>智能柜自取</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyReviewScreen.qml" line="15" />
        <source>By post</source>
        <translation>邮寄送达</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyReviewScreen.qml" line="16" />
        <source>Electronic certificate</source>
        <translation>电子证照</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyReviewScreen.qml" line="17" />
        <source>Collect at a service window</source>
        <translation>窗口领取</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyReviewScreen.qml" line="23" />
        <source>E-certificate</source>
        <translation>电子证照</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyReviewScreen.qml" line="24" />
        <source>Scanned</source>
        <translation>扫描件</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyReviewScreen.qml" line="25" />
        <source>Supplied later (commitment)</source>
        <translation>容缺后补（已承诺）</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyReviewScreen.qml" line="27" />
        <source>Not provided</source>
        <translation>未提供</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyReviewScreen.qml" line="38" />
        <source>Check and choose delivery</source>
        <translation>核对信息并选择领取方式</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyReviewScreen.qml" line="58" />
        <source>How you receive the result</source>
        <translation>办理结果领取方式</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyReviewScreen.qml" line="102" />
        <source>Postal address *</source>
        <translation>邮寄地址 *</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyReviewScreen.qml" line="131" />
        <source>Please enter the address the result should be posted to.</source>
        <translation>请填写办理结果的邮寄地址。</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyReviewScreen.qml" line="142" />
        <source>Your details</source>
        <translation>申请信息</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyReviewScreen.qml" line="163" />
        <source>Materials</source>
        <translation>申请材料</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyReviewScreen.qml" line="188" />
        <source>Next you sign on the screen to submit.</source>
        <translation>下一步：在屏幕上签名后提交。</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyReviewScreen.qml" line="196" />
        <source>Sign</source>
        <translation>签名</translation>
    </message>
</context>
<context>
    <name>ApplyScanScreen</name>
    <message>
        <location filename="../screens/qml/ApplyScanScreen.qml" line="13" />
        <source>No page was found. Lay the page flat and fully in view, then try again.</source>
        <translation>未找到材料页面。请将材料平放并完整置于镜头下，再试一次。</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyScanScreen.qml" line="14" />
        <source>The camera is not working. Please go back and choose another way, or ask staff for help.</source>
        <translation>摄像头无法使用。请返回选择其他方式，或呼叫工作人员。</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyScanScreen.qml" line="15" />
        <source>The picture could not be used. Please try again.</source>
        <translation>照片无法使用，请重试。</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyScanScreen.qml" line="53" />
        <source>Scan a material</source>
        <translation>扫描材料</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyScanScreen.qml" line="66" />
        <source>Lay the page flat under the camera, then tap "Take picture". Take one picture per page.</source>
        <translation>请将材料平放在镜头下，然后点击“拍照”。每页拍一张。</translation>
    </message>
    <message numerus="yes">
        <location filename="../screens/qml/ApplyScanScreen.qml" line="74" />
        <source>%n page(s) taken</source>
        <translation>
            <numerusform>已拍摄%n页</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyScanScreen.qml" line="86" />
        <source>Reading the page…</source>
        <translation>正在识别页面…</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyScanScreen.qml" line="107" />
        <source>Take picture</source>
        <translation>拍照</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyScanScreen.qml" line="116" />
        <source>Remove last page</source>
        <translation>删除最后一页</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplyScanScreen.qml" line="124" />
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>ApplySignScreen</name>
    <message>
        <location filename="../screens/qml/ApplySignScreen.qml" line="19" />
        <source>Sign</source>
        <translation>签名</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplySignScreen.qml" line="23" />
        <source>Please sign your name in the box with your finger. Your signature confirms that the information is true and covers any commitment you made.</source>
        <translation>请用手指在框内签写您的姓名。签名即确认所填信息真实，并确认您作出的承诺。</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplySignScreen.qml" line="40" />
        <source>The signature is too short. Please sign your full name.</source>
        <translation>签名过短，请签写您的全名。</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplySignScreen.qml" line="42" />
        <source>The signature could not be saved. Please sign again.</source>
        <translation>签名保存失败，请重新签名。</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplySignScreen.qml" line="56" />
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../screens/qml/ApplySignScreen.qml" line="64" />
        <source>Sign and submit</source>
        <translation>签名并提交</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <location filename="../screens/qml/AttractScreen.qml" line="32" />
        <source>Hello! Welcome.</source>
        <translation>您好，欢迎光临！</translation>
    </message>
    <message>
        <location filename="../screens/qml/AttractScreen.qml" line="41" />
        <source>24-hour government self-service</source>
        <translation>24小时政务自助服务</translation>
    </message>
    <message>
        <location filename="../screens/qml/AttractScreen.qml" line="76" />
        <source>Touch the screen to start</source>
        <translation>请点击屏幕开始办理</translation>
    </message>
</context>
<context>
    <name>BundleScreen</name>
    <message>
        <location filename="../screens/qml/BundleScreen.qml" line="24" />
        <source>Some of these services are not offered at this kiosk. Please apply at a service window.</source>
        <translation>其中部分事项本机不提供，请到服务窗口办理。</translation>
    </message>
    <message>
        <location filename="../screens/qml/BundleScreen.qml" line="25" />
        <source>Some of these services cannot be completed at a self-service kiosk. Please apply at a service window.</source>
        <translation>其中部分事项无法在自助终端办结，请到服务窗口办理。</translation>
    </message>
    <message>
        <location filename="../screens/qml/BundleScreen.qml" line="26" />
        <source>Applying at this kiosk is not available yet.</source>
        <translation>本机暂不支持申请办理。</translation>
    </message>
    <message>
        <location filename="../screens/qml/BundleScreen.qml" line="35" />
        <source>This combined service is not offered at this kiosk. Please go back and choose another one.</source>
        <translation>本机不提供这件事，请返回选择其他服务。</translation>
    </message>
    <message numerus="yes">
        <location filename="../screens/qml/BundleScreen.qml" line="60" />
        <source>These %n service(s) are handled together in one application. Tap one to read its guide.</source>
        <translation>
            <numerusform>以下 %n 个事项一次申请、一并办理。点击事项可查看办事指南。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../screens/qml/BundleScreen.qml" line="121" />
        <source>main service</source>
        <translation>主办事项</translation>
    </message>
    <message>
        <location filename="../screens/qml/BundleScreen.qml" line="140" />
        <source>Self-service</source>
        <translation>可自助办理</translation>
    </message>
    <message>
        <location filename="../screens/qml/BundleScreen.qml" line="140" />
        <source>Guide only</source>
        <translation>仅提供指南</translation>
    </message>
    <message>
        <location filename="../screens/qml/BundleScreen.qml" line="172" />
        <source>Apply for all of these</source>
        <translation>一次申请全部事项</translation>
    </message>
</context>
<context>
    <name>BundlesScreen</name>
    <message>
        <location filename="../screens/qml/BundlesScreen.qml" line="20" />
        <source>Life events: several services at once</source>
        <translation>一件事一次办</translation>
    </message>
    <message>
        <location filename="../screens/qml/BundlesScreen.qml" line="29" />
        <source>For one event in your life, the services it needs are handled together: one visit, one set of materials.</source>
        <translation>一件事涉及的多个事项一起办：只跑一次，材料只交一套。</translation>
    </message>
    <message numerus="yes">
        <location filename="../screens/qml/BundlesScreen.qml" line="84" />
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n 个事项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../screens/qml/BundlesScreen.qml" line="85" />
        <source>%n service(s), some at a service window</source>
        <translation>
            <numerusform>%n 个事项，部分需到窗口办理</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../screens/qml/BundlesScreen.qml" line="99" />
        <source>No combined services are offered at this kiosk. Please choose a service by theme.</source>
        <translation>本机暂无“一件事”服务，请按主题选择事项。</translation>
    </message>
</context>
<context>
    <name>CameraPreview</name>
    <message>
        <location filename="../screens/qml/CameraPreview.qml" line="21" />
        <source>Good, hold still</source>
        <translation>很好，请保持不动</translation>
    </message>
    <message>
        <location filename="../screens/qml/CameraPreview.qml" line="22" />
        <source>Please face the camera</source>
        <translation>请正对摄像头</translation>
    </message>
    <message>
        <location filename="../screens/qml/CameraPreview.qml" line="23" />
        <source>Only one person in front of the camera, please</source>
        <translation>请确保镜头前只有您一人</translation>
    </message>
    <message>
        <location filename="../screens/qml/CameraPreview.qml" line="24" />
        <source>Please move closer</source>
        <translation>请再靠近一些</translation>
    </message>
    <message>
        <location filename="../screens/qml/CameraPreview.qml" line="25" />
        <source>Please move back a little</source>
        <translation>请稍微后退一些</translation>
    </message>
    <message>
        <location filename="../screens/qml/CameraPreview.qml" line="26" />
        <source>Please keep your face in the middle of the picture</source>
        <translation>请将面部保持在画面中央</translation>
    </message>
    <message>
        <location filename="../screens/qml/CameraPreview.qml" line="27" />
        <source>Too dark: please face the light</source>
        <translation>光线太暗，请面向光源</translation>
    </message>
    <message>
        <location filename="../screens/qml/CameraPreview.qml" line="28" />
        <source>Too bright: please avoid strong light</source>
        <translation>光线太强，请避开强光</translation>
    </message>
    <message>
        <location filename="../screens/qml/CameraPreview.qml" line="29" />
        <source>Please hold still</source>
        <translation>请保持不动</translation>
    </message>
    <message>
        <location filename="../screens/qml/CameraPreview.qml" line="30" />
        <source>Please blink</source>
        <translation>请眨眨眼</translation>
    </message>
    <message>
        <location filename="../screens/qml/CameraPreview.qml" line="31" />
        <source>Please turn your head to your left</source>
        <translation>请向左转头</translation>
    </message>
    <message>
        <location filename="../screens/qml/CameraPreview.qml" line="32" />
        <source>Please turn your head to your right</source>
        <translation>请向右转头</translation>
    </message>
    <message>
        <location filename="../screens/qml/CameraPreview.qml" line="79" />
        <source>Camera not available</source>
        <translation>摄像头暂不可用</translation>
    </message>
</context>
<context>
    <name>CatalogueEmpty</name>
    <message>
        <location filename="../screens/qml/CatalogueEmpty.qml" line="18" />
        <source>The service catalogue has not been downloaded yet</source>
        <translation>服务事项目录尚未同步</translation>
    </message>
    <message>
        <location filename="../screens/qml/CatalogueEmpty.qml" line="26" />
        <source>This kiosk has not received the list of services from the government service platform, so no service can be started here yet. Please try again later or go to a service window.</source>
        <translation>本机尚未从政务服务平台获取事项目录，暂时无法在此办理业务。请稍后再试，或前往人工窗口办理。</translation>
    </message>
</context>
<context>
    <name>CategoryScreen</name>
    <message>
        <location filename="../screens/qml/CategoryScreen.qml" line="35" />
        <source>Services: %1</source>
        <translation>共 %1 项</translation>
    </message>
    <message>
        <location filename="../screens/qml/CategoryScreen.qml" line="60" />
        <source>No services of this kind are offered at this kiosk. Please ask at a service window.</source>
        <translation>本机暂无此类事项，请到服务窗口咨询。</translation>
    </message>
    <message>
        <location filename="../screens/qml/CategoryScreen.qml" line="69" />
        <source>Loading the list of services…</source>
        <translation>正在加载事项目录…</translation>
    </message>
</context>
<context>
    <name>DateSpinner</name>
    <message>
        <location filename="../screens/qml/DateSpinner.qml" line="53" />
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <location filename="../screens/qml/DateSpinner.qml" line="54" />
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../screens/qml/DateSpinner.qml" line="55" />
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <location filename="../screens/qml/DateSpinner.qml" line="101" />
        <source>Today</source>
        <translation>今天</translation>
    </message>
</context>
<context>
    <name>DiagConfig</name>
    <message>
        <location filename="../screens/qml/DiagConfig.qml" line="13" />
        <source>Running configuration (secrets hidden). Change it in the site file, then restart the kiosk service.</source>
        <translation>当前运行配置（已隐藏密钥）。请在站点配置文件中修改，然后重启自助终端服务。</translation>
    </message>
</context>
<context>
    <name>DiagDashboard</name>
    <message>
        <location filename="../screens/qml/DiagDashboard.qml" line="12" />
        <source>What to do: check the cable and the power, switch the device off and on, then run its self-test.</source>
        <translation>处理方法：检查线缆和电源，将设备断电重启，然后运行其自检。</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagDashboard.qml" line="13" />
        <source>What to do: local staff can fix this (load paper, close the cover, remove the jam or the obstacle).</source>
        <translation>处理方法：现场工作人员即可处理（装纸、合上机盖、清除卡纸或障碍物）。</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagDashboard.qml" line="14" />
        <source>What to do: needs a technician. Check the device; replace it if it stays faulty.</source>
        <translation>处理方法：需要维护人员。检查设备；若仍有故障请更换。</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagDashboard.qml" line="15" />
        <source>What to do: the device is recovering by itself. Wait a minute, then refresh.</source>
        <translation>处理方法：设备正在自行恢复。请等待一分钟后刷新。</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagDashboard.qml" line="21" />
        <source>pages printed</source>
        <translation>已打印页数</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagDashboard.qml" line="22" />
        <source>jobs printed</source>
        <translation>已打印作业</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagDashboard.qml" line="23" />
        <source>jobs refused</source>
        <translation>被拒作业</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagDashboard.qml" line="24" />
        <source>jobs failed</source>
        <translation>失败作业</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagDashboard.qml" line="25" />
        <source>bytes sent</source>
        <translation>已发送字节</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagDashboard.qml" line="26" />
        <source>status replies</source>
        <translation>状态应答</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagDashboard.qml" line="27" />
        <source>pages since paper refill</source>
        <translation>换纸后打印页数</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagDashboard.qml" line="28" />
        <source>cards read</source>
        <translation>已读卡次数</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagDashboard.qml" line="29" />
        <source>card checks</source>
        <translation>检卡次数</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagDashboard.qml" line="30" />
        <source>doors opened</source>
        <translation>开门次数</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagDashboard.qml" line="31" />
        <source>replies received</source>
        <translation>收到应答</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagDashboard.qml" line="32" />
        <source>bad frames</source>
        <translation>错误帧</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagDashboard.qml" line="38" />
        <source>Writing the diagnostics bundle…</source>
        <translation>正在生成诊断包…</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagDashboard.qml" line="39" />
        <source>Bundle written: %1</source>
        <translation>诊断包已写入：%1</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagDashboard.qml" line="40" />
        <source>The bundle could not be written: %1</source>
        <translation>无法写入诊断包：%1</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagDashboard.qml" line="42" />
        <source>The bundle holds scrubbed logs, the masked configuration, device states, the upload queue summary, the audit log and versions. No personal data.</source>
        <translation>诊断包包含已脱敏的日志、已遮蔽的配置、设备状态、上传队列摘要、审计日志和版本信息，不含个人数据。</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagDashboard.qml" line="55" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagDashboard.qml" line="62" />
        <source>Export bundle to USB</source>
        <translation>导出诊断包到U盘</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagDashboard.qml" line="115" />
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagDashboard.qml" line="124" />
        <source>Last error: %1 %2</source>
        <translation>最近错误：%1 %2</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagDashboard.qml" line="142" />
        <source>Counters: %1</source>
        <translation>计数：%1</translation>
    </message>
</context>
<context>
    <name>DiagLogs</name>
    <message>
        <location filename="../screens/qml/DiagLogs.qml" line="13" />
        <source>Debug</source>
        <translation>调试</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagLogs.qml" line="14" />
        <source>Info</source>
        <translation>信息</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagLogs.qml" line="15" />
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagLogs.qml" line="16" />
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagLogs.qml" line="46" />
        <source>Filter text</source>
        <translation>筛选文字</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagLogs.qml" line="55" />
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagLogs.qml" line="63" />
        <source>Reading the log…</source>
        <translation>正在读取日志…</translation>
    </message>
    <message numerus="yes">
        <location filename="../screens/qml/DiagLogs.qml" line="63" />
        <source>%n line(s), newest first</source>
        <translation>
            <numerusform>共 %n 行，最新在前</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiagOutbox</name>
    <message>
        <location filename="../screens/qml/DiagOutbox.qml" line="13" />
        <source>none waiting</source>
        <translation>无待发送</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagOutbox.qml" line="14" />
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagOutbox.qml" line="15" />
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagOutbox.qml" line="16" />
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagOutbox.qml" line="19" />
        <source>%1 dead letter(s) put back in the queue; sending now.</source>
        <translation>已将 %1 条死信放回队列，正在发送。</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagOutbox.qml" line="20" />
        <source>Queue exported (no personal data): %1</source>
        <translation>队列已导出（不含个人数据）：%1</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagOutbox.qml" line="21" />
        <source>The upload queue is not open.</source>
        <translation>上传队列未打开。</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagOutbox.qml" line="22" />
        <source>The queue could not be exported.</source>
        <translation>无法导出队列。</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagOutbox.qml" line="34" />
        <source>Waiting to send: %1 · in flight: %2 · sent: %3 · dead letters: %4 · oldest waiting: %5</source>
        <translation>待发送：%1 · 发送中：%2 · 已发送：%3 · 死信：%4 · 最早待发送：%5</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagOutbox.qml" line="37" />
        <source>The upload queue is not open (the platform link may still be starting).</source>
        <translation>上传队列未打开（平台连接可能仍在启动）。</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagOutbox.qml" line="48" />
        <source>Retry now</source>
        <translation>立即重试</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagOutbox.qml" line="55" />
        <source>Export queue</source>
        <translation>导出队列</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagOutbox.qml" line="61" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagOutbox.qml" line="76" />
        <source>No dead letters.</source>
        <translation>没有死信。</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagOutbox.qml" line="77" />
        <source>Dead letters (the platform refused them; fix the cause, then retry):</source>
        <translation>死信（平台拒收；请先排除原因再重试）：</translation>
    </message>
    <message numerus="yes">
        <location filename="../screens/qml/DiagOutbox.qml" line="94" />
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n 次尝试</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiagPinDialog</name>
    <message>
        <location filename="../screens/qml/DiagPinDialog.qml" line="14" />
        <source>The PIN has at least 4 digits.</source>
        <translation>PIN码至少4位数字。</translation>
    </message>
    <message numerus="yes">
        <location filename="../screens/qml/DiagPinDialog.qml" line="15" />
        <source>Wrong PIN. %n attempt(s) left before entry is locked.</source>
        <translation>
            <numerusform>PIN码错误。还可尝试 %n 次，之后将锁定。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../screens/qml/DiagPinDialog.qml" line="16" />
        <source>This card is not a technician card. %n attempt(s) left before entry is locked.</source>
        <translation>
            <numerusform>此卡不是维护人员卡。还可尝试 %n 次，之后将锁定。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagPinDialog.qml" line="17" />
        <source>Too many failed attempts. Entry is locked for %1 min %2 s.</source>
        <translation>失败次数过多。已锁定 %1 分 %2 秒。</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagPinDialog.qml" line="19" />
        <source>The ID card reader is not available. Please use the PIN.</source>
        <translation>身份证阅读器不可用，请使用PIN码。</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagPinDialog.qml" line="20" />
        <source>No card was found on the reader.</source>
        <translation>阅读器上没有卡。</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagPinDialog.qml" line="21" />
        <source>Reading the card…</source>
        <translation>正在读卡…</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagPinDialog.qml" line="22" />
        <source>No PIN is set for this kiosk. Please use a technician card.</source>
        <translation>本终端未设置PIN码，请使用维护人员卡。</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagPinDialog.qml" line="23" />
        <source>The entry could not be checked. Please try again.</source>
        <translation>无法核验，请重试。</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagPinDialog.qml" line="25" />
        <source>Checking…</source>
        <translation>正在核验…</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagPinDialog.qml" line="25" />
        <source>Enter the technician or staff PIN, or place a technician card on the reader.</source>
        <translation>请输入维护人员或工作人员PIN码，或将维护人员卡放在阅读器上。</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagPinDialog.qml" line="51" />
        <source>Technician access</source>
        <translation>维护人员登录</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagPinDialog.qml" line="83" />
        <source>Use technician card</source>
        <translation>使用维护人员卡</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagPinDialog.qml" line="91" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagPinDialog.qml" line="110" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagPinDialog.qml" line="110" />
        <source>OK</source>
        <translation>知道了</translation>
    </message>
</context>
<context>
    <name>DiagScreen</name>
    <message>
        <location filename="../screens/qml/DiagScreen.qml" line="15" />
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagScreen.qml" line="16" />
        <source>Self-tests</source>
        <translation>自检</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagScreen.qml" line="17" />
        <source>Upload queue</source>
        <translation>上传队列</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagScreen.qml" line="18" />
        <source>Logs</source>
        <translation>日志</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagScreen.qml" line="19" />
        <source>Configuration</source>
        <translation>配置</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagScreen.qml" line="20" />
        <source>Staff tasks</source>
        <translation>工作人员任务</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagScreen.qml" line="39" />
        <source>Staff mode</source>
        <translation>工作人员模式</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagScreen.qml" line="39" />
        <source>Technician diagnostics</source>
        <translation>维护诊断</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagScreen.qml" line="40" />
        <source>the public sees: being serviced</source>
        <translation>公众看到：维护中</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagScreen.qml" line="49" />
        <source>Exit and return to service</source>
        <translation>退出并恢复服务</translation>
    </message>
</context>
<context>
    <name>DiagStaff</name>
    <message>
        <location filename="../screens/qml/DiagStaff.qml" line="14" />
        <source>Paper: enough</source>
        <translation>纸张：充足</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagStaff.qml" line="15" />
        <source>Paper: running low</source>
        <translation>纸张：即将用完</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagStaff.qml" line="16" />
        <source>Paper: out</source>
        <translation>纸张：缺纸</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagStaff.qml" line="17" />
        <source>Paper: jammed</source>
        <translation>纸张：卡纸</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagStaff.qml" line="19" />
        <source>Paper: unknown</source>
        <translation>纸张：未知</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagStaff.qml" line="23" />
        <source>Checking the printer…</source>
        <translation>正在检查打印机…</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagStaff.qml" line="24" />
        <source>Paper refill recorded; the page counter starts again at zero.</source>
        <translation>已记录换纸；页数计数从零开始。</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagStaff.qml" line="25" />
        <source>The printer still reports no paper. Check the roll and close the cover.</source>
        <translation>打印机仍报告缺纸。请检查纸卷并合上机盖。</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagStaff.qml" line="26" />
        <source>The printer is not ready. Check the cover and the cable.</source>
        <translation>打印机未就绪。请检查机盖和线缆。</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagStaff.qml" line="27" />
        <source>No printer is configured.</source>
        <translation>未配置打印机。</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagStaff.qml" line="28" />
        <source>The printer did not answer.</source>
        <translation>打印机没有应答。</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagStaff.qml" line="29" />
        <source>Opening the compartment…</source>
        <translation>正在打开柜格…</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagStaff.qml" line="30" />
        <source>Compartment %1 is open. Put the certificate in and close the door.</source>
        <translation>柜格 %1 已打开。请放入证照并关好柜门。</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagStaff.qml" line="31" />
        <source>The certificate is in compartment %1. The platform is told.</source>
        <translation>证照已放入柜格 %1，已通知平台。</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagStaff.qml" line="32" />
        <source>The door was closed with nothing inside. Nothing was deposited.</source>
        <translation>柜门关闭时柜内无物品，未完成存放。</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagStaff.qml" line="33" />
        <source>The compartment did not open (%1). Choose another one.</source>
        <translation>柜格未能打开（%1）。请选择其他柜格。</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagStaff.qml" line="34" />
        <source>The platform cannot be reached: the list of certificates to deposit is not available.</source>
        <translation>无法连接平台：待存放证照列表不可用。</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagStaff.qml" line="35" />
        <source>There is no pickup cabinet, or it is not ready.</source>
        <translation>没有取件柜，或取件柜未就绪。</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagStaff.qml" line="65" />
        <source>Receipt printer</source>
        <translation>凭条打印机</translation>
    </message>
    <message numerus="yes">
        <location filename="../screens/qml/DiagStaff.qml" line="75" />
        <source>%n page(s) since the last refill</source>
        <translation>
            <numerusform>换纸后已打印 %n 页</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagStaff.qml" line="86" />
        <source>Paper refilled</source>
        <translation>已换纸</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagStaff.qml" line="93" />
        <source>Paper refilled, print a test line</source>
        <translation>已换纸并打印测试行</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagStaff.qml" line="102" />
        <source>Put certificates into the pickup cabinet</source>
        <translation>将证照存入取件柜</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagStaff.qml" line="110" />
        <source>No certificate is waiting to be put in this kiosk's cabinet.</source>
        <translation>本终端取件柜没有待存放的证照。</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagStaff.qml" line="111" />
        <source>1. Choose the certificate. 2. Choose a free compartment (or any). 3. Open it, put the certificate in, close the door.</source>
        <translation>1. 选择证照。2. 选择空闲柜格（或任意）。3. 打开柜格，放入证照，关好柜门。</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagStaff.qml" line="134" />
        <source>Any free</source>
        <translation>任意空闲</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagStaff.qml" line="151" />
        <source>Open the compartment</source>
        <translation>打开柜格</translation>
    </message>
</context>
<context>
    <name>DiagTests</name>
    <message>
        <location filename="../screens/qml/DiagTests.qml" line="12" />
        <source>Test print</source>
        <translation>测试打印</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagTests.qml" line="13" />
        <source>Read an ID card</source>
        <translation>读取身份证</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagTests.qml" line="14" />
        <source>Camera and face detection</source>
        <translation>摄像头与人脸检测</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagTests.qml" line="15" />
        <source>Open and check cabinet doors</source>
        <translation>开门检查柜门</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagTests.qml" line="16" />
        <source>Network, platform and clock</source>
        <translation>网络、平台与时钟</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagTests.qml" line="17" />
        <source>Disk space</source>
        <translation>磁盘空间</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagTests.qml" line="23" />
        <source>Waiting…</source>
        <translation>等待中…</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagTests.qml" line="24" />
        <source>Running…</source>
        <translation>运行中…</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagTests.qml" line="25" />
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagTests.qml" line="26" />
        <source>Failed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagTests.qml" line="28" />
        <source>Not run yet</source>
        <translation>尚未运行</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagTests.qml" line="33" />
        <source>Paper out: load a new roll, then use Staff tasks &gt; Paper refilled.</source>
        <translation>缺纸：请装入新纸卷，然后在“工作人员任务”中点“已换纸”。</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagTests.qml" line="34" />
        <source>Paper ran out while printing: load a new roll.</source>
        <translation>打印过程中缺纸：请装入新纸卷。</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagTests.qml" line="35" />
        <source>The printer cover is open: close it.</source>
        <translation>打印机机盖打开：请合上。</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagTests.qml" line="36" />
        <source>Paper jam: clear the paper path.</source>
        <translation>卡纸：请清理走纸通道。</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagTests.qml" line="37" />
        <source>The device is not connected: check the cable and the power.</source>
        <translation>设备未连接：请检查线缆和电源。</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagTests.qml" line="38" />
        <source>The device did not answer in time.</source>
        <translation>设备未及时应答。</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagTests.qml" line="39" />
        <source>This device is not configured or not running.</source>
        <translation>此设备未配置或未运行。</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagTests.qml" line="40" />
        <source>No card on the reader: place a card and run the test again.</source>
        <translation>阅读器上没有卡：请放卡后重新测试。</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagTests.qml" line="41" />
        <source>The card could not be read.</source>
        <translation>无法读取此卡。</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagTests.qml" line="42" />
        <source>No picture from the camera: check the cable.</source>
        <translation>摄像头没有画面：请检查线缆。</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagTests.qml" line="43" />
        <source>The camera delivers too few pictures per second.</source>
        <translation>摄像头每秒画面数过少。</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagTests.qml" line="44" />
        <source>The cabinet is not ready (boards not answering).</source>
        <translation>取件柜未就绪（控制板无应答）。</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagTests.qml" line="45" />
        <source>No free compartment to test.</source>
        <translation>没有可测试的空闲柜格。</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagTests.qml" line="46" />
        <source>Some doors did not open or did not close.</source>
        <translation>部分柜门未能打开或未能关闭。</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagTests.qml" line="47" />
        <source>The platform cannot be reached: check the network.</source>
        <translation>无法连接平台：请检查网络。</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagTests.qml" line="48" />
        <source>The network works but the platform link is not up.</source>
        <translation>网络正常但平台连接未建立。</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagTests.qml" line="49" />
        <source>The platform refused the request.</source>
        <translation>平台拒绝了请求。</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagTests.qml" line="50" />
        <source>The platform did not send its time.</source>
        <translation>平台未返回时间。</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagTests.qml" line="51" />
        <source>The kiosk clock is off: check the time synchronisation (NTP).</source>
        <translation>终端时钟不准：请检查时间同步（NTP）。</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagTests.qml" line="52" />
        <source>Too little free disk space: export and remove old files.</source>
        <translation>磁盘剩余空间不足：请导出并清理旧文件。</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagTests.qml" line="54" />
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagTests.qml" line="68" />
        <source>Run all tests (not the doors)</source>
        <translation>运行全部测试（不含柜门）</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagTests.qml" line="134" />
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagTests.qml" line="161" />
        <source>%1 frames per second · face: %2</source>
        <translation>每秒 %1 帧 · 人脸：%2</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagTests.qml" line="162" />
        <source>found</source>
        <translation>已检测到</translation>
    </message>
    <message>
        <location filename="../screens/qml/DiagTests.qml" line="162" />
        <source>not found</source>
        <translation>未检测到</translation>
    </message>
</context>
<context>
    <name>DigitPad</name>
    <message>
        <location filename="../screens/qml/DigitPad.qml" line="36" />
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../screens/qml/DigitPad.qml" line="54" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>FaceScreen</name>
    <message>
        <location filename="../screens/qml/FaceScreen.qml" line="16" />
        <source>Please blink</source>
        <translation>请眨眨眼</translation>
    </message>
    <message>
        <location filename="../screens/qml/FaceScreen.qml" line="17" />
        <source>Please turn your head to your left</source>
        <translation>请向左转头</translation>
    </message>
    <message>
        <location filename="../screens/qml/FaceScreen.qml" line="18" />
        <source>Please turn your head to your right</source>
        <translation>请向右转头</translation>
    </message>
    <message>
        <location filename="../screens/qml/FaceScreen.qml" line="20" />
        <location filename="../screens/qml/FaceScreen.qml" line="80" />
        <source>Please look at the camera</source>
        <translation>请正对摄像头</translation>
    </message>
    <message>
        <location filename="../screens/qml/FaceScreen.qml" line="30" />
        <source>Face check</source>
        <translation>人脸核验</translation>
    </message>
    <message>
        <location filename="../screens/qml/FaceScreen.qml" line="78" />
        <source>Checking with the identity authority, please wait…</source>
        <translation>正在核验身份，请稍候…</translation>
    </message>
    <message>
        <location filename="../screens/qml/FaceScreen.qml" line="90" />
        <source>This shows that a live person is in front of the camera.</source>
        <translation>用于确认是本人在镜头前操作。</translation>
    </message>
    <message>
        <location filename="../screens/qml/FaceScreen.qml" line="99" />
        <source>Stand about an arm's length from the screen, remove hat and sunglasses, and keep your face inside the frame.</source>
        <translation>请站在距屏幕约一臂远处，摘下帽子和墨镜，让面部保持在框内。</translation>
    </message>
    <message>
        <location filename="../screens/qml/FaceScreen.qml" line="108" />
        <source>Time left: %1 s</source>
        <translation>剩余%1秒</translation>
    </message>
</context>
<context>
    <name>GuideScreen</name>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="18" />
        <source>on the spot</source>
        <translation>即办</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="18" />
        <source>%1 working days</source>
        <translation>%1 个工作日</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="22" />
        <source>Pickup cabinet</source>
        <translation>智能柜取件</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="23" />
        <source>By post</source>
        <translation>邮寄送达</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="24" />
        <source>Electronic certificate</source>
        <translation>电子证照</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="25" />
        <source>Collect at a service window</source>
        <translation>窗口领取</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="31" />
        <source>No identity check needed</source>
        <translation>无需身份核验</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="32" />
        <source>Needs your ID card</source>
        <translation>需刷身份证</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="33" />
        <source>Needs your ID card and a face check</source>
        <translation>需刷身份证并人脸核验</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="39" />
        <source>required</source>
        <translation>必需</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="39" />
        <source>if applicable</source>
        <translation>视情况提供</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="41" />
        <source>%1 copies</source>
        <translation>%1 份</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="52" />
        <source>This service is not in this kiosk's catalogue. Please go back and choose another one.</source>
        <translation>本机事项目录中没有该事项，请返回选择其他事项。</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="115" />
        <source>Self-service at this kiosk</source>
        <translation>本机可自助办理</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="116" />
        <source>Guide only at this kiosk</source>
        <translation>本机仅提供办事指南</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="145" />
        <source>You can apply at this kiosk now: tap "Start application" and have your ID card ready.</source>
        <translation>本事项可在本终端办理：请点击“开始申请”，并准备好身份证。</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="146" />
        <source>This service cannot be completed at a self-service kiosk. Please use one of the places under "Also available at".</source>
        <translation>该事项不能在自助终端办理，请通过“其他办理渠道”中的方式办理。</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="156" />
        <source>Who can apply</source>
        <translation>申请条件</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="167" />
        <source>Materials</source>
        <translation>申请材料</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="176" />
        <source>No materials needed.</source>
        <translation>无需提交材料。</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="205" />
        <source>E-certificate accepted</source>
        <translation>可用电子证照</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="213" />
        <source>May be replaced by a signed commitment</source>
        <translation>可容缺承诺</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="226" />
        <source>Fee</source>
        <translation>收费标准</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="232" />
        <source>Time limit</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="234" />
        <source>Promised: %1</source>
        <translation>承诺时限：%1</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="235" />
        <source>Legal limit: %1</source>
        <translation>法定时限：%1</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="241" />
        <source>Visits to a service window</source>
        <translation>到窗口次数</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="243" />
        <source>None: you do not need to go to a window.</source>
        <translation>0 次：无需到窗口办理。</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="244" />
        <source>At most %1</source>
        <translation>最多 %1 次</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="249" />
        <source>How you receive the result</source>
        <translation>结果领取方式</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="255" />
        <source>Also available at</source>
        <translation>其他办理渠道</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="261" />
        <source>Part of the combined service</source>
        <translation>所属“一件事”</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="267" />
        <source>Legal basis</source>
        <translation>设定依据</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="272" />
        <source>Service code: %1</source>
        <translation>事项编码：%1</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="311" />
        <source>Scan with your phone to read this guide</source>
        <translation>用手机扫码查看办事指南</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="327" />
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="328" />
        <source>Print this guide</source>
        <translation>打印办事指南</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="337" />
        <source>The printer is out of paper. Please ask staff.</source>
        <translation>打印机缺纸，请联系工作人员。</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="338" />
        <source>The printer is not available right now.</source>
        <translation>打印机暂时无法使用。</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="340" />
        <source>Printed. Please take the guide from the printer.</source>
        <translation>已打印，请从出票口取走办事指南。</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="342" />
        <source>The printer ran out of paper. Please ask staff.</source>
        <translation>打印机缺纸，请联系工作人员。</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="343" />
        <source>The guide could not be printed. Please ask staff.</source>
        <translation>办事指南未能打印，请联系工作人员。</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="361" />
        <source>Start application</source>
        <translation>开始申请</translation>
    </message>
    <message>
        <location filename="../screens/qml/GuideScreen.qml" line="374" />
        <source>Not available yet at this kiosk.</source>
        <translation>本机暂未开通。</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../screens/qml/HelpDialog.qml" line="41" />
        <source>Staff have been notified</source>
        <translation>已通知工作人员</translation>
    </message>
    <message>
        <location filename="../screens/qml/HelpDialog.qml" line="42" />
        <source>Calling staff…</source>
        <translation>正在呼叫工作人员…</translation>
    </message>
    <message>
        <location filename="../screens/qml/HelpDialog.qml" line="43" />
        <source>Need help?</source>
        <translation>需要帮助吗？</translation>
    </message>
    <message>
        <location filename="../screens/qml/HelpDialog.qml" line="61" />
        <source>Sent to staff. Please stay at this kiosk: someone is coming to help you.</source>
        <translation>已送达工作人员，请在本机旁稍候，马上有人来帮您。</translation>
    </message>
    <message>
        <location filename="../screens/qml/HelpDialog.qml" line="62" />
        <source>Sending to the staff on duty… Please stay at this kiosk.</source>
        <translation>正在通知值班工作人员…请在本机旁稍候。</translation>
    </message>
    <message>
        <location filename="../screens/qml/HelpDialog.qml" line="63" />
        <source>Saving your request…</source>
        <translation>正在记录您的求助…</translation>
    </message>
    <message>
        <location filename="../screens/qml/HelpDialog.qml" line="74" />
        <source>This kiosk cannot call staff right now. Please ask the staff in this hall, or call the government service hotline 12345.</source>
        <translation>本机暂时无法呼叫工作人员。请向大厅工作人员求助，或拨打政务服务热线 12345。</translation>
    </message>
    <message>
        <location filename="../screens/qml/HelpDialog.qml" line="83" />
        <source>If nobody comes, please ask the staff in this hall or call 12345. Kiosk number: %1</source>
        <translation>如无人前来，请向大厅工作人员求助或拨打 12345。终端编号：%1</translation>
    </message>
    <message>
        <location filename="../screens/qml/HelpDialog.qml" line="91" />
        <source>OK</source>
        <translation>知道了</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../screens/qml/HomeScreen.qml" line="43" />
        <source>What would you like to do?</source>
        <translation>请选择您要办理的业务</translation>
    </message>
    <message>
        <location filename="../screens/qml/HomeScreen.qml" line="75" />
        <source>Personal</source>
        <translation>个人服务</translation>
    </message>
    <message>
        <location filename="../screens/qml/HomeScreen.qml" line="82" />
        <source>Business</source>
        <translation>法人服务</translation>
    </message>
    <message>
        <location filename="../screens/qml/HomeScreen.qml" line="113" />
        <source>Collect a certificate</source>
        <translation>证照取件</translation>
    </message>
    <message>
        <location filename="../screens/qml/HomeScreen.qml" line="116" />
        <source>Temporarily unavailable: %1</source>
        <translation>暂不可用：%1</translation>
    </message>
    <message>
        <location filename="../screens/qml/HomeScreen.qml" line="126" />
        <source>Queue number / check in</source>
        <translation>取号 / 预约签到</translation>
    </message>
    <message>
        <location filename="../screens/qml/HomeScreen.qml" line="136" />
        <source>Life events: several services at once</source>
        <translation>一件事一次办</translation>
    </message>
    <message>
        <location filename="../screens/qml/HomeScreen.qml" line="201" />
        <source>Popular services</source>
        <translation>热门服务</translation>
    </message>
    <message>
        <location filename="../screens/qml/HomeScreen.qml" line="67" />
        <source>Search services: name, pinyin or initials (e.g. sbk)</source>
        <translation>搜索事项：输入名称、拼音或首字母（如 sbk）</translation>
    </message>
    <message>
        <location filename="../screens/qml/HomeScreen.qml" line="102" />
        <source>Track my applications</source>
        <translation>办件进度查询</translation>
    </message>
    <message>
        <location filename="../screens/qml/HomeScreen.qml" line="103" />
        <source>Card reader unavailable</source>
        <translation>读卡器暂不可用</translation>
    </message>
</context>
<context>
    <name>IdCardScreen</name>
    <message>
        <location filename="../screens/qml/IdCardScreen.qml" line="20" />
        <source>Read your ID card</source>
        <translation>读取身份证</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdCardScreen.qml" line="96" />
        <source>Please place your ID card on the reader below the screen</source>
        <translation>请将身份证放在屏幕下方的读卡区</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdCardScreen.qml" line="104" />
        <source>Photo side up, flat on the reader. Keep it there until it has been read.</source>
        <translation>照片面朝上平放在读卡区，读取完成前请勿移动。</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdCardScreen.qml" line="112" />
        <source>Waiting for your card: %1 s</source>
        <translation>等待放置身份证：%1秒</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdCardScreen.qml" line="132" />
        <source>Reading your ID card. Please keep it still…</source>
        <translation>正在读取身份证，请勿移动…</translation>
    </message>
</context>
<context>
    <name>IdentityActions</name>
    <message>
        <location filename="../screens/qml/IdentityActions.qml" line="22" />
        <source>I agree, read my ID card</source>
        <translation>同意，读取身份证</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityActions.qml" line="23" />
        <source>I agree to the face check</source>
        <translation>同意人脸核验</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityActions.qml" line="24" />
        <source>Place the card again</source>
        <translation>重新放置身份证</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityActions.qml" line="25" />
        <source>Try again</source>
        <translation>再试一次</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityActions.qml" line="26" />
        <source>Use the app QR code</source>
        <translation>使用App扫码</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityActions.qml" line="27" />
        <source>Use my ID card</source>
        <translation>刷身份证</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityActions.qml" line="28" />
        <source>Ask staff for help</source>
        <translation>请工作人员协助</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityActions.qml" line="29" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>IdentityConsentScreen</name>
    <message>
        <location filename="../screens/qml/IdentityConsentScreen.qml" line="21" />
        <source>Face check</source>
        <translation>人脸核验</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityConsentScreen.qml" line="21" />
        <source>Identity check</source>
        <translation>身份核验</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityConsentScreen.qml" line="47" />
        <source>To continue, this kiosk needs to read your resident ID card.</source>
        <translation>继续办理需要读取您的居民身份证。</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityConsentScreen.qml" line="57" />
        <source>What is read</source>
        <translation>读取哪些信息</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityConsentScreen.qml" line="58" />
        <source>Name, ID number, sex, ethnic group, date of birth, address and validity of the card.</source>
        <translation>姓名、身份证号码、性别、民族、出生日期、住址和证件有效期。</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityConsentScreen.qml" line="64" />
        <source>Why</source>
        <translation>为什么读取</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityConsentScreen.qml" line="65" />
        <source>To confirm who you are and to show only your own information.</source>
        <translation>确认您的身份，只显示您本人的信息。</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityConsentScreen.qml" line="71" />
        <source>How long it is kept</source>
        <translation>保存多久</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityConsentScreen.qml" line="72" />
        <source>Only during this visit. It is wiped when you finish or walk away. The card photo is not kept.</source>
        <translation>仅在本次办理期间保存，办理结束或离开后立即清除；不保存证件照片。</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityConsentScreen.qml" line="78" />
        <source>This service also needs a face check. You will be asked for that separately.</source>
        <translation>此事项还需人脸核验，稍后会单独征求您的同意。</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityConsentScreen.qml" line="89" />
        <source>ID card read: %1, %2</source>
        <translation>已读取身份证：%1，%2</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityConsentScreen.qml" line="99" />
        <source>What happens</source>
        <translation>如何核验</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityConsentScreen.qml" line="100" />
        <source>The camera takes a picture of your face. It is sent to the identity authority and compared with your ID card.</source>
        <translation>摄像头将拍摄您的面部照片，发送给身份核验机构与您的身份证信息比对。</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityConsentScreen.qml" line="106" />
        <source>Your picture</source>
        <translation>您的照片</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityConsentScreen.qml" line="107" />
        <source>The picture is deleted right after the check and never stored at this kiosk.</source>
        <translation>照片在核验后立即删除，本机不保存。</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityConsentScreen.qml" line="113" />
        <source>The face check is voluntary. If you prefer, a member of staff can check your ID card in person instead.</source>
        <translation>人脸核验为自愿项目。您也可以请工作人员现场核验身份证。</translation>
    </message>
</context>
<context>
    <name>IdentityResultScreen</name>
    <message>
        <location filename="../screens/qml/IdentityResultScreen.qml" line="21" />
        <source>Identity check</source>
        <translation>身份核验</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityResultScreen.qml" line="44" />
        <source>Identity verified</source>
        <translation>身份核验通过</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityResultScreen.qml" line="45" />
        <source>Your face does not match the ID card</source>
        <translation>人脸与身份证不一致</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityResultScreen.qml" line="46" />
        <source>The identity check is not available right now</source>
        <translation>暂时无法进行身份核验</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityResultScreen.qml" line="47" />
        <source>Staff are on their way</source>
        <translation>工作人员正在赶来</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityResultScreen.qml" line="59" />
        <source>Name: %1</source>
        <translation>姓名：%1</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityResultScreen.qml" line="69" />
        <source>ID number: %1</source>
        <translation>证件号码：%1</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityResultScreen.qml" line="80" />
        <source>Please face the camera in good light and try once more, or ask staff to check your ID card.</source>
        <translation>请在光线充足处正对摄像头再试一次，或请工作人员核验身份证。</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityResultScreen.qml" line="81" />
        <source>Please ask a member of staff to check your ID card in person.</source>
        <translation>请工作人员现场核验您的身份证。</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityResultScreen.qml" line="83" />
        <source>The identity service cannot be reached. A member of staff can check your ID card in person.</source>
        <translation>暂时无法连接身份核验服务，工作人员可现场为您核验身份证。</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityResultScreen.qml" line="85" />
        <source>Please wait here. A member of staff will check your identity in person.</source>
        <translation>请在此稍候，工作人员将现场核验您的身份。</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityResultScreen.qml" line="110" />
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdentityResultScreen.qml" line="110" />
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>IdentityViewModel</name>
    <message>
        <location filename="../screens/viewmodels/identity.py" line="116" />
        <source>Please place your ID card on the reader.</source>
        <extracomment>router screens of the journey (they replace each other on the stack)</extracomment>
        <translation>请将身份证放在读卡区。</translation>
    </message>
    <message>
        <location filename="../screens/viewmodels/identity.py" line="118" />
        <source>Please look at the camera.</source>
        <translation>请正对摄像头。</translation>
    </message>
    <message>
        <location filename="../screens/viewmodels/identity.py" line="120" />
        <source>Please take your ID card.</source>
        <translation>请取走您的身份证。</translation>
    </message>
    <message>
        <location filename="../screens/viewmodels/identity.py" line="121" />
        <source>Please show the QR code from the mobile app to the camera.</source>
        <translation>请将手机App中的二维码对准摄像头。</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <location filename="../screens/qml/IdleOverlay.qml" line="28" />
        <source>Are you still there?</source>
        <translation>您还在吗？</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdleOverlay.qml" line="46" />
        <source>For your privacy, this visit will end in %1 seconds and everything you entered will be cleared.</source>
        <translation>为保护您的隐私，本次办理将在 %1 秒后结束，您填写的信息将被清除。</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdleOverlay.qml" line="58" />
        <source>End now</source>
        <translation>结束办理</translation>
    </message>
    <message>
        <location filename="../screens/qml/IdleOverlay.qml" line="65" />
        <source>Continue</source>
        <translation>继续办理</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../screens/qml/Labels.qml" line="8" />
        <source>Presence sensor</source>
        <translation>人体感应器</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="9" />
        <source>ID card reader</source>
        <translation>身份证阅读器</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="10" />
        <source>Camera</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="11" />
        <source>Receipt printer</source>
        <translation>凭条打印机</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="12" />
        <source>Certificate cabinet</source>
        <translation>证照柜</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="18" />
        <source>Working</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="19" />
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="20" />
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="21" />
        <source>Fault</source>
        <translation>故障</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="22" />
        <source>Blocked</source>
        <translation>受阻</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="23" />
        <source>Busy</source>
        <translation>忙碌</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="24" />
        <source>Powered off</source>
        <translation>已关机</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="33" />
        <source>Temporarily unavailable (%1: %2)</source>
        <translation>暂时无法使用（%1：%2）</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="38" />
        <source>This kiosk is being serviced.</source>
        <translation>本机正在维护。</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="39" />
        <source>The devices this kiosk needs are not working.</source>
        <translation>本机所需设备暂时无法工作。</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="45" />
        <source>Please take your ID card and receipt with you.</source>
        <translation>请取走您的身份证和回执，欢迎再次光临。</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="46" />
        <source>Your visit ended because of inactivity. Your information has been cleared. Please take your ID card.</source>
        <translation>因长时间无操作，本次办理已结束，您的信息已清除。请取走您的身份证。</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="52" />
        <source>Social security</source>
        <translation>社保</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="53" />
        <source>Medical insurance</source>
        <translation>医保</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="54" />
        <source>Housing fund</source>
        <translation>公积金</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="55" />
        <source>Household registration</source>
        <translation>户籍</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="56" />
        <source>Real estate</source>
        <translation>不动产</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="57" />
        <source>Starting a business</source>
        <translation>企业开办</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="58" />
        <source>Tax</source>
        <translation>税务</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="59" />
        <source>Civil affairs</source>
        <translation>民政</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="60" />
        <source>Jobs</source>
        <translation>就业创业</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="61" />
        <source>Education</source>
        <translation>教育</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="62" />
        <source>Business changes</source>
        <translation>企业变更注销</translation>
    </message>
    <message>
        <location filename="../screens/qml/Labels.qml" line="63" />
        <source>Permits</source>
        <translation>许可审批</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../screens/qml/Main.qml" line="7" />
        <source>Government self-service kiosk</source>
        <translation>政务服务自助终端</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <location filename="../screens/qml/NavBar.qml" line="19" />
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../screens/qml/NavBar.qml" line="27" />
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <location filename="../screens/qml/NavBar.qml" line="35" />
        <source>End visit</source>
        <translation>结束办理</translation>
    </message>
</context>
<context>
    <name>NumericKeypad</name>
    <message>
        <location filename="../screens/qml/NumericKeypad.qml" line="51" />
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../screens/qml/NumericKeypad.qml" line="69" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>OutOfServiceScreen</name>
    <message>
        <location filename="../screens/qml/OutOfServiceScreen.qml" line="28" />
        <source>This kiosk is temporarily out of service</source>
        <translation>本机暂停服务</translation>
    </message>
    <message>
        <location filename="../screens/qml/OutOfServiceScreen.qml" line="45" />
        <source>Please use another self-service kiosk or go to a service window. We are sorry for the inconvenience.</source>
        <translation>请使用其他自助终端或前往人工窗口办理，给您带来不便，敬请谅解。</translation>
    </message>
</context>
<context>
    <name>PickupScreen</name>
    <message>
        <location filename="../screens/qml/PickupScreen.qml" line="18" />
        <source>The compartment door did not open</source>
        <translation>柜门未能打开</translation>
    </message>
    <message>
        <location filename="../screens/qml/PickupScreen.qml" line="19" />
        <source>This compartment needs a member of staff</source>
        <translation>该柜格需要工作人员处理</translation>
    </message>
    <message>
        <location filename="../screens/qml/PickupScreen.qml" line="20" />
        <source>The pickup cabinet is temporarily unavailable</source>
        <translation>智能柜暂时无法使用</translation>
    </message>
    <message>
        <location filename="../screens/qml/PickupScreen.qml" line="21" />
        <source>Too many wrong pickup codes</source>
        <translation>取件码错误次数过多</translation>
    </message>
    <message>
        <location filename="../screens/qml/PickupScreen.qml" line="22" />
        <source>No certificate is waiting for you in this cabinet</source>
        <translation>本柜中没有您待取的证照</translation>
    </message>
    <message>
        <location filename="../screens/qml/PickupScreen.qml" line="23" />
        <source>Your certificate is still in the compartment</source>
        <translation>您的证照还在柜格内</translation>
    </message>
    <message>
        <location filename="../screens/qml/PickupScreen.qml" line="29" />
        <source>Nothing was taken out. Staff have been called and will open it for you. Please wait here or tap "Call for help".</source>
        <translation>没有取出任何物品。已通知工作人员为您开柜，请在此稍候，或点击“呼叫帮助”。</translation>
    </message>
    <message>
        <location filename="../screens/qml/PickupScreen.qml" line="30" />
        <source>Please tap "Call for help"; staff will check the compartment.</source>
        <translation>请点击“呼叫帮助”，工作人员会检查该柜格。</translation>
    </message>
    <message>
        <location filename="../screens/qml/PickupScreen.qml" line="31" />
        <source>Please try again later, or ask staff at the service desk.</source>
        <translation>请稍后再试，或到服务台咨询工作人员。</translation>
    </message>
    <message>
        <location filename="../screens/qml/PickupScreen.qml" line="33" />
        <source>For your security, codes can be tried again in %1 seconds. Staff have been told.</source>
        <translation>为保障安全，请在%1秒后再试。已通知工作人员。</translation>
    </message>
    <message>
        <location filename="../screens/qml/PickupScreen.qml" line="34" />
        <source>For your security, please ask staff for help.</source>
        <translation>为保障安全，请联系工作人员协助。</translation>
    </message>
    <message>
        <location filename="../screens/qml/PickupScreen.qml" line="35" />
        <source>It may not have arrived yet or may be at another kiosk. Please check the message you received, or enter the pickup code.</source>
        <translation>证照可能尚未送达，或在其他终端。请查看您收到的通知短信，或输入取件码。</translation>
    </message>
    <message>
        <location filename="../screens/qml/PickupScreen.qml" line="36" />
        <source>The door was closed with the certificate inside. You can open it once more, or call for help.</source>
        <translation>柜门已关闭，证照仍在柜内。您可以再开一次，或呼叫帮助。</translation>
    </message>
    <message>
        <location filename="../screens/qml/PickupScreen.qml" line="41" />
        <location filename="../screens/qml/PickupScreen.qml" line="247" />
        <source>Printing your pickup slip…</source>
        <translation>正在打印取件凭条…</translation>
    </message>
    <message>
        <location filename="../screens/qml/PickupScreen.qml" line="42" />
        <source>Please take your pickup slip from the printer.</source>
        <translation>请从出票口取走取件凭条。</translation>
    </message>
    <message>
        <location filename="../screens/qml/PickupScreen.qml" line="43" />
        <source>The printer is out of paper, so no pickup slip was printed. Staff have been told.</source>
        <translation>打印机缺纸，未能打印取件凭条，已通知工作人员。</translation>
    </message>
    <message>
        <location filename="../screens/qml/PickupScreen.qml" line="44" />
        <source>No pickup slip could be printed. Your collection is recorded.</source>
        <translation>未能打印取件凭条，您的取件已记录。</translation>
    </message>
    <message>
        <location filename="../screens/qml/PickupScreen.qml" line="56" />
        <source>Collect a certificate</source>
        <translation>证照取件</translation>
    </message>
    <message>
        <location filename="../screens/qml/PickupScreen.qml" line="92" />
        <source>Enter my pickup code</source>
        <translation>输入取件码</translation>
    </message>
    <message>
        <location filename="../screens/qml/PickupScreen.qml" line="103" />
        <source>The 6-digit code is in the message telling you the certificate is ready.</source>
        <translation>6位取件码在证照办结的通知短信中。</translation>
    </message>
    <message>
        <location filename="../screens/qml/PickupScreen.qml" line="131" />
        <source>Use my ID card and face</source>
        <translation>刷身份证并人脸核验</translation>
    </message>
    <message>
        <location filename="../screens/qml/PickupScreen.qml" line="142" />
        <source>No code? Your ID card and a face check show all certificates waiting for you.</source>
        <translation>没有取件码？刷身份证并人脸核验，可查看您所有待取证照。</translation>
    </message>
    <message>
        <location filename="../screens/qml/PickupScreen.qml" line="155" />
        <source>Temporarily unavailable: %1 (%2)</source>
        <translation>暂不可用：%1（%2）</translation>
    </message>
    <message>
        <location filename="../screens/qml/PickupScreen.qml" line="181" />
        <source>Pickup code</source>
        <translation>取件码</translation>
    </message>
    <message>
        <location filename="../screens/qml/PickupScreen.qml" line="210" />
        <source>This code does not match any certificate here. Please check it and try again (%1 tries left).</source>
        <translation>取件码不正确，请核对后重试（还可尝试%1次）。</translation>
    </message>
    <message>
        <location filename="../screens/qml/PickupScreen.qml" line="211" />
        <source>Please enter all 6 digits.</source>
        <translation>请输入完整的6位数字。</translation>
    </message>
    <message>
        <location filename="../screens/qml/PickupScreen.qml" line="212" />
        <source>%1 of %2 digits</source>
        <translation>已输入%1位，共%2位</translation>
    </message>
    <message>
        <location filename="../screens/qml/PickupScreen.qml" line="221" />
        <source>Open my compartment</source>
        <translation>打开柜门</translation>
    </message>
    <message>
        <location filename="../screens/qml/PickupScreen.qml" line="246" />
        <source>Opening compartment %1…</source>
        <translation>正在打开柜格%1…</translation>
    </message>
    <message>
        <location filename="../screens/qml/PickupScreen.qml" line="271" />
        <source>Compartment</source>
        <translation>柜格</translation>
    </message>
    <message>
        <location filename="../screens/qml/PickupScreen.qml" line="288" />
        <source>The door is open. Please take your certificate and close the door firmly.</source>
        <translation>柜门已打开，请取出证照并关好柜门。</translation>
    </message>
    <message>
        <location filename="../screens/qml/PickupScreen.qml" line="299" />
        <source>Certificate: %1</source>
        <translation>证照：%1</translation>
    </message>
    <message>
        <location filename="../screens/qml/PickupScreen.qml" line="315" />
        <source>The door has been open for a long time. Please close it. Staff have been told.</source>
        <translation>柜门打开时间过长，请关好柜门。已通知工作人员。</translation>
    </message>
    <message>
        <location filename="../screens/qml/PickupScreen.qml" line="316" />
        <source>Please close the door of compartment %1 when you have your certificate.</source>
        <translation>取出证照后，请关好柜格%1的柜门。</translation>
    </message>
    <message>
        <location filename="../screens/qml/PickupScreen.qml" line="348" />
        <source>Certificates waiting for you in this cabinet:</source>
        <translation>本柜中您的待取证照：</translation>
    </message>
    <message>
        <location filename="../screens/qml/PickupScreen.qml" line="374" />
        <source>Certificate</source>
        <translation>证照</translation>
    </message>
    <message>
        <location filename="../screens/qml/PickupScreen.qml" line="382" />
        <source>Collected from compartment %1</source>
        <translation>已从柜格%1取出</translation>
    </message>
    <message>
        <location filename="../screens/qml/PickupScreen.qml" line="383" />
        <source>In compartment %1</source>
        <translation>在柜格%1</translation>
    </message>
    <message>
        <location filename="../screens/qml/PickupScreen.qml" line="393" />
        <source>Open</source>
        <translation>开柜</translation>
    </message>
    <message>
        <location filename="../screens/qml/PickupScreen.qml" line="447" />
        <source>Thank you. Your certificate has been collected.</source>
        <translation>谢谢，您已取走证照。</translation>
    </message>
    <message>
        <location filename="../screens/qml/PickupScreen.qml" line="474" />
        <source>Open again</source>
        <translation>再开一次</translation>
    </message>
    <message>
        <location filename="../screens/qml/PickupScreen.qml" line="482" />
        <source>Call for help</source>
        <translation>呼叫帮助</translation>
    </message>
    <message>
        <location filename="../screens/qml/PickupScreen.qml" line="490" />
        <source>Enter a pickup code</source>
        <translation>输入取件码</translation>
    </message>
    <message>
        <location filename="../screens/qml/PickupScreen.qml" line="498" />
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../screens/qml/PickupScreen.qml" line="498" />
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>PickupViewModel</name>
    <message>
        <location filename="../screens/viewmodels/pickup.py" line="227" />
        <source>Enter your pickup code, or use your ID card and face.</source>
        <extracomment>seconds the door may stay open before the screen reminds to close it (tests shorten)</extracomment>
        <translation>请输入取件码，或刷身份证并人脸核验。</translation>
    </message>
    <message>
        <location filename="../screens/viewmodels/pickup.py" line="231" />
        <source>Please enter the 6-digit pickup code.</source>
        <translation>请输入6位取件码。</translation>
    </message>
    <message>
        <location filename="../screens/viewmodels/pickup.py" line="233" />
        <source>Opening the compartment. Please wait.</source>
        <translation>正在打开柜门，请稍候。</translation>
    </message>
    <message>
        <location filename="../screens/viewmodels/pickup.py" line="236" />
        <source>Please close the door of compartment %1.</source>
        <translation>请关好柜格%1的柜门。</translation>
    </message>
    <message>
        <location filename="../screens/viewmodels/pickup.py" line="239" />
        <source>Compartment %1 is open. Please take your certificate and close the door.</source>
        <translation>柜格%1已打开，请取出证照并关好柜门。</translation>
    </message>
    <message>
        <location filename="../screens/viewmodels/pickup.py" line="244" />
        <source>Choose the certificate to collect.</source>
        <translation>请选择要领取的证照。</translation>
    </message>
    <message>
        <location filename="../screens/viewmodels/pickup.py" line="246" />
        <source>The door did not open. Staff have been called.</source>
        <translation>柜门未能打开，已通知工作人员。</translation>
    </message>
    <message>
        <location filename="../screens/viewmodels/pickup.py" line="248" />
        <source>Please take your pickup slip.</source>
        <translation>请取走取件凭条。</translation>
    </message>
</context>
<context>
    <name>ProblemPanel</name>
    <message>
        <location filename="../screens/qml/ProblemPanel.qml" line="17" />
        <source>No ID card found</source>
        <translation>未检测到身份证</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProblemPanel.qml" line="18" />
        <source>The card was moved</source>
        <translation>身份证被移动了</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProblemPanel.qml" line="19" />
        <source>The card could not be read</source>
        <translation>无法读取身份证</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProblemPanel.qml" line="20" />
        <source>This ID card has expired</source>
        <translation>身份证已过期</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProblemPanel.qml" line="21" />
        <source>The card reader is not working</source>
        <translation>读卡器无法使用</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProblemPanel.qml" line="22" />
        <source>The camera is not working</source>
        <translation>摄像头无法使用</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProblemPanel.qml" line="23" />
        <source>We could not take a clear picture</source>
        <translation>未能拍到清晰的照片</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProblemPanel.qml" line="24" />
        <source>The check was not completed</source>
        <translation>核验未完成</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProblemPanel.qml" line="25" />
        <source>No QR code was found</source>
        <translation>未识别到二维码</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProblemPanel.qml" line="26" />
        <source>This code is not valid</source>
        <translation>二维码无效</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProblemPanel.qml" line="28" />
        <source>Something went wrong</source>
        <translation>出现问题</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProblemPanel.qml" line="32" />
        <source>Please put your ID card flat on the reader below the screen and leave it there.</source>
        <translation>请将身份证平放在屏幕下方的读卡区，不要拿开。</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProblemPanel.qml" line="33" />
        <source>Please place the card again and leave it until reading has finished.</source>
        <translation>请重新放置身份证，读取完成前请勿拿开。</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProblemPanel.qml" line="34" />
        <source>The card may be damaged or not a valid ID card. Please try again, or ask staff for help.</source>
        <translation>证件可能已损坏或不是有效身份证。请再试一次，或请工作人员协助。</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProblemPanel.qml" line="35" />
        <source>An expired card cannot be used here. Please use the mobile app QR code or ask staff for help.</source>
        <translation>过期的身份证不能在此使用。请使用手机App扫码，或请工作人员协助。</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProblemPanel.qml" line="36" />
        <source>Please try again. If it still does not work, ask staff for help.</source>
        <translation>请再试一次；如仍不行，请工作人员协助。</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProblemPanel.qml" line="37" />
        <source>Please try again, or ask staff to check your identity in person.</source>
        <translation>请再试一次，或请工作人员现场核验身份。</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProblemPanel.qml" line="38" />
        <source>Please stand in front of the screen, face the camera and keep still, then try again.</source>
        <translation>请站在屏幕正前方，正对摄像头并保持不动，然后再试一次。</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProblemPanel.qml" line="39" />
        <source>Please follow the instruction on the screen, for example blink, and try again.</source>
        <translation>请按屏幕提示操作（例如眨眼）后再试一次。</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProblemPanel.qml" line="40" />
        <source>Please hold your phone about 20 cm in front of the camera, screen towards it.</source>
        <translation>请将手机屏幕朝向摄像头，距离约20厘米。</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProblemPanel.qml" line="41" />
        <source>The code may have expired. Please refresh it in the app and try again.</source>
        <translation>二维码可能已过期，请在App中刷新后再试。</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProblemPanel.qml" line="43" />
        <source>Please try again, or ask staff for help.</source>
        <translation>请再试一次，或请工作人员协助。</translation>
    </message>
</context>
<context>
    <name>ProgressScreen</name>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="33" />
        <source>Received</source>
        <translation>已接收</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="34" />
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="35" />
        <source>Under review</source>
        <translation>审查中</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="36" />
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="37" />
        <source>Not approved</source>
        <translation>不予许可</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="38" />
        <source>More materials needed</source>
        <translation>需补充材料</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="39" />
        <source>Ready for pickup</source>
        <translation>待领取</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="40" />
        <source>Collected</source>
        <translation>已领取</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="41" />
        <source>Delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="42" />
        <source>Waiting to be sent</source>
        <translation>等待发送</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="43" />
        <source>Not accepted</source>
        <translation>未被受理</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="57" />
        <source>No application has the number on this receipt. If it was made at another kiosk more than a few days ago, please ask staff.</source>
        <translation>没有找到回执上这个编号的办件。如果是在其他自助终端、几天前办理的，请咨询工作人员。</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="59" />
        <source>Progress cannot be checked now: the platform cannot be reached and this kiosk has no earlier answer for you. Please try again later, call 12345, or use the mobile app.</source>
        <translation>现在无法查询进度：无法连接政务服务平台，本机也没有您之前的查询记录。请稍后再试，或拨打12345，或使用手机App查询。</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="62" />
        <source>No receipt code was seen. Hold the QR code on your receipt flat in front of the camera, or type the number instead.</source>
        <translation>没有识别到回执二维码。请将回执上的二维码平放在摄像头前，或改为输入办件编号。</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="63" />
        <source>The camera is not working now, so receipt codes cannot be read. Please type the number on your receipt instead.</source>
        <translation>摄像头暂时无法使用，不能识别回执二维码。请改为输入回执上的办件编号。</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="139" />
        <source>Track my applications</source>
        <translation>办件进度查询</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="148" />
        <source>For: %1</source>
        <translation>查询人：%1</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="166" />
        <source>Use my ID card</source>
        <translation>刷身份证</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="167" />
        <source>See all your applications: place your ID card on the reader.</source>
        <translation>刷身份证查看您的全部办件。</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="116" />
        <source>Temporarily unavailable: %1 (%2)</source>
        <translation>暂不可用：%1（%2）</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="173" />
        <source>Enter an application number</source>
        <translation>输入受理编号查询</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="174" />
        <source>The number is printed on your receipt. No ID card needed.</source>
        <translation>编号印在回执上，无需身份证。</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="179" />
        <source>Scan my receipt</source>
        <translation>扫描回执二维码</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="180" />
        <source>Show the QR code printed on your receipt to the camera.</source>
        <translation>将回执上印的二维码对准摄像头。</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="212" />
        <source>Hold the QR code on your receipt in front of the camera</source>
        <translation>请将回执上的二维码对准摄像头</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="222" />
        <source>This code is not from a receipt. Please show the QR code printed on your receipt.</source>
        <translation>这不是回执上的二维码。请出示回执上印的二维码。</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="231" />
        <source>Time left: %1 s</source>
        <translation>剩余时间：%1 秒</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="240" />
        <location filename="../screens/qml/ProgressScreen.qml" line="415" />
        <source>Choose another way</source>
        <translation>换一种方式</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="261" />
        <source>Application number</source>
        <translation>受理编号</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="290" />
        <source>Please enter all 14 digits after SQ.</source>
        <translation>请输入SQ后面的全部14位数字。</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="291" />
        <source>Type the 14 digits after SQ, for example SQ 20261122000123.</source>
        <translation>请输入SQ后面的14位数字，例如 SQ 20261122000123。</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="298" />
        <source>%1 of %2 digits</source>
        <translation>已输入%1位，共%2位</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="306" />
        <source>Look up</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="339" />
        <source>Looking up your applications…</source>
        <translation>正在查询您的办件…</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="55" />
        <source>There are no applications on record for you.</source>
        <translation>暂无您的办件记录。</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="58" />
        <source>No application has this number. Please check the number on your receipt.</source>
        <translation>没有这个受理编号的办件，请核对回执上的编号。</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="60" />
        <source>The platform could not answer this question. Please ask staff for help.</source>
        <translation>平台无法回答此查询，请工作人员协助。</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="61" />
        <source>No ID card has been read. Please go back and choose your ID card again.</source>
        <translation>尚未读取身份证，请返回后重新选择刷身份证查询。</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="372" />
        <source>Offline — last updated %1. This is the last known state; it may have changed since.</source>
        <translation>离线 — 最后更新于 %1。以下为最近一次查询到的状态，之后可能已有变化。</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="373" />
        <source>Offline — the platform cannot be reached now.</source>
        <translation>离线 — 暂时无法连接政务服务平台。</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="390" />
        <source>Try again</source>
        <translation>再试一次</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="398" />
        <source>Enter another number</source>
        <translation>查询其他编号</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="407" />
        <source>Scan another receipt</source>
        <translation>扫描其他回执</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="464" />
        <source>Application</source>
        <translation>办件</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="491" />
        <source>Submitted on this kiosk, waiting to be sent. It is sent automatically when the network is back; nothing else to do.</source>
        <translation>已在本机提交，等待发送。网络恢复后将自动发送，您无需再做任何操作。</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="501" />
        <source>Submitted on this kiosk, but the platform did not accept it. Please take this receipt to the staff at the counter; they will help you apply again.</source>
        <translation>已在本机提交，但政务服务平台未受理。请持本回执到服务窗口，工作人员会协助您重新申请。</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="511" />
        <source>Receipt No. %1 · submitted %2</source>
        <translation>回执编号 %1 · 提交于 %2</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="513" />
        <source>No. %1 · received %2 · promised by %3</source>
        <translation>编号 %1 · 受理日期 %2 · 承诺办结 %3</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="525" />
        <source>Last known state, as of %1</source>
        <translation>最近一次查询到的状态（%1）</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="535" />
        <source>Applicant ID: %1</source>
        <translation>申请人证件号：%1</translation>
    </message>
    <message>
        <location filename="../screens/qml/ProgressScreen.qml" line="545" />
        <source>Ready in pickup cabinet compartment %1</source>
        <translation>已放入证照柜%1号格，可凭身份证领取</translation>
    </message>
</context>
<context>
    <name>QrIdentityScreen</name>
    <message>
        <location filename="../screens/qml/QrIdentityScreen.qml" line="19" />
        <source>Show your QR code</source>
        <translation>手机扫码核验</translation>
    </message>
    <message>
        <location filename="../screens/qml/QrIdentityScreen.qml" line="64" />
        <source>Checking your code, please wait…</source>
        <translation>正在核验二维码，请稍候…</translation>
    </message>
    <message>
        <location filename="../screens/qml/QrIdentityScreen.qml" line="65" />
        <source>Open the mobile app and show your identity QR code to the camera</source>
        <translation>请打开手机App，将身份码对准摄像头</translation>
    </message>
    <message>
        <location filename="../screens/qml/QrIdentityScreen.qml" line="75" />
        <source>This is not an identity code. Please show the identity code from the app.</source>
        <translation>这不是身份码，请出示App中的身份码。</translation>
    </message>
    <message>
        <location filename="../screens/qml/QrIdentityScreen.qml" line="85" />
        <source>Time left: %1 s</source>
        <translation>剩余%1秒</translation>
    </message>
</context>
<context>
    <name>RatingScreen</name>
    <message>
        <location filename="../screens/qml/RatingScreen.qml" line="15" />
        <source>Very satisfied</source>
        <translation>非常满意</translation>
    </message>
    <message>
        <location filename="../screens/qml/RatingScreen.qml" line="16" />
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <location filename="../screens/qml/RatingScreen.qml" line="17" />
        <source>Fairly satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <location filename="../screens/qml/RatingScreen.qml" line="18" />
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <location filename="../screens/qml/RatingScreen.qml" line="19" />
        <source>Very dissatisfied</source>
        <translation>非常不满意</translation>
    </message>
    <message>
        <location filename="../screens/qml/RatingScreen.qml" line="30" />
        <source>Hard to use</source>
        <translation>操作复杂</translation>
    </message>
    <message>
        <location filename="../screens/qml/RatingScreen.qml" line="31" />
        <source>Too slow</source>
        <translation>速度太慢</translation>
    </message>
    <message>
        <location filename="../screens/qml/RatingScreen.qml" line="32" />
        <source>A device did not work</source>
        <translation>设备故障</translation>
    </message>
    <message>
        <location filename="../screens/qml/RatingScreen.qml" line="33" />
        <source>Information unclear</source>
        <translation>信息不清楚</translation>
    </message>
    <message>
        <location filename="../screens/qml/RatingScreen.qml" line="34" />
        <source>My matter was not solved</source>
        <translation>事情没有办成</translation>
    </message>
    <message>
        <location filename="../screens/qml/RatingScreen.qml" line="47" />
        <source>Thank you</source>
        <translation>谢谢您</translation>
    </message>
    <message>
        <location filename="../screens/qml/RatingScreen.qml" line="48" />
        <source>How satisfied are you with this visit?</source>
        <translation>您对本次办理满意吗？</translation>
    </message>
    <message>
        <location filename="../screens/qml/RatingScreen.qml" line="58" />
        <source>Service: %1</source>
        <translation>办理事项：%1</translation>
    </message>
    <message>
        <location filename="../screens/qml/RatingScreen.qml" line="128" />
        <source>Sorry to hear that. What went wrong? You may choose some, or none.</source>
        <translation>很抱歉。哪里让您不满意？可以选择一项或几项，也可以不选。</translation>
    </message>
    <message>
        <location filename="../screens/qml/RatingScreen.qml" line="168" />
        <source>You have already rated this visit. Thank you.</source>
        <translation>您已评价过本次办理，谢谢。</translation>
    </message>
    <message>
        <location filename="../screens/qml/RatingScreen.qml" line="169" />
        <source>Thank you for your rating. It helps us improve our services.</source>
        <translation>感谢您的评价，我们会不断改进服务。</translation>
    </message>
    <message>
        <location filename="../screens/qml/RatingScreen.qml" line="170" />
        <source>Thank you. Your rating could not be saved this time.</source>
        <translation>谢谢您。本次评价未能保存。</translation>
    </message>
    <message>
        <location filename="../screens/qml/RatingScreen.qml" line="180" />
        <source>Please take your ID card and any receipt with you.</source>
        <translation>请带好您的身份证和凭条。</translation>
    </message>
    <message>
        <location filename="../screens/qml/RatingScreen.qml" line="197" />
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location filename="../screens/qml/RatingScreen.qml" line="205" />
        <source>Submit rating</source>
        <translation>提交评价</translation>
    </message>
    <message>
        <location filename="../screens/qml/RatingScreen.qml" line="212" />
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>RatingViewModel</name>
    <message>
        <location filename="../screens/viewmodels/rating.py" line="151" />
        <source>How satisfied are you with this visit?</source>
        <extracomment>submit(kind, body, idempotency_key, on_done(ok)) -&gt; queued? (on_done may run on any thread) the outbox answered (operation number, ok); emitted on the writer thread, queued here evaluations handed to the outbox by this object (tests read it)</extracomment>
        <translation>您对本次办理满意吗？</translation>
    </message>
    <message>
        <location filename="../screens/viewmodels/rating.py" line="153" />
        <source>Sorry to hear that. What went wrong? You may choose some.</source>
        <translation>很抱歉。哪里让您不满意？可以选择几项。</translation>
    </message>
    <message>
        <location filename="../screens/viewmodels/rating.py" line="157" />
        <source>Thank you for your rating.</source>
        <translation>感谢您的评价。</translation>
    </message>
    <message>
        <location filename="../screens/viewmodels/rating.py" line="159" />
        <source>You have already rated this visit. Thank you.</source>
        <translation>您已评价过本次办理，谢谢。</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <location filename="../screens/qml/SearchScreen.qml" line="29" />
        <source>Service name, pinyin or initials</source>
        <translation>事项名称、拼音或首字母</translation>
    </message>
    <message>
        <location filename="../screens/qml/SearchScreen.qml" line="53" />
        <source>Popular services</source>
        <translation>热门事项</translation>
    </message>
    <message>
        <location filename="../screens/qml/SearchScreen.qml" line="54" />
        <source>Services found: %1</source>
        <translation>找到事项：%1 项</translation>
    </message>
    <message>
        <location filename="../screens/qml/SearchScreen.qml" line="96" />
        <source>No service matches "%1"</source>
        <translation>没有找到与“%1”相关的事项</translation>
    </message>
    <message>
        <location filename="../screens/qml/SearchScreen.qml" line="104" />
        <source>Try fewer characters, the first letters of the pinyin (for example sbk for 社保卡), or go back and choose a theme.</source>
        <translation>请减少字数，或输入拼音首字母（如 sbk 代表社保卡），也可以返回按主题查找。</translation>
    </message>
    <message>
        <location filename="../screens/qml/SearchScreen.qml" line="116" />
        <source>Loading the list of services…</source>
        <translation>正在加载事项目录…</translation>
    </message>
</context>
<context>
    <name>ServiceRow</name>
    <message>
        <location filename="../screens/qml/ServiceRow.qml" line="67" />
        <source>Self-service</source>
        <translation>自助办理</translation>
    </message>
    <message>
        <location filename="../screens/qml/ServiceRow.qml" line="67" />
        <source>Guide only</source>
        <translation>仅查看指南</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../screens/qml/SignaturePad.qml" line="27" />
        <source>Sign here</source>
        <translation>请在此签名</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../screens/qml/StatusBar.qml" line="53" />
        <source>Platform online</source>
        <translation>平台已连接</translation>
    </message>
    <message>
        <location filename="../screens/qml/StatusBar.qml" line="54" />
        <source>Platform offline</source>
        <translation>平台未连接</translation>
    </message>
    <message>
        <location filename="../screens/qml/StatusBar.qml" line="54" />
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location filename="../screens/qml/StatusBar.qml" line="61" />
        <source>All sent</source>
        <translation>已全部上传</translation>
    </message>
    <message numerus="yes">
        <location filename="../screens/qml/StatusBar.qml" line="61" />
        <source>%n waiting to send</source>
        <translation>
            <numerusform>%n 件待上传</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../screens/qml/StatusBar.qml" line="67" />
        <source>Devices OK</source>
        <translation>设备正常</translation>
    </message>
    <message numerus="yes">
        <location filename="../screens/qml/StatusBar.qml" line="68" />
        <source>%n device(s) need attention</source>
        <translation>
            <numerusform>%n 台设备异常</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../screens/qml/StatusBar.qml" line="78" />
        <source>Voice on</source>
        <translation>语音已开</translation>
    </message>
    <message>
        <location filename="../screens/qml/StatusBar.qml" line="78" />
        <source>Voice off</source>
        <translation>语音已关</translation>
    </message>
    <message>
        <location filename="../screens/qml/StatusBar.qml" line="117" />
        <source>Standard mode</source>
        <translation>标准模式</translation>
    </message>
    <message>
        <location filename="../screens/qml/StatusBar.qml" line="117" />
        <source>Large text</source>
        <translation>长辈模式</translation>
    </message>
    <message>
        <location filename="../screens/qml/StatusBar.qml" line="125" />
        <source>Call for help</source>
        <translation>呼叫帮助</translation>
    </message>
</context>
<context>
    <name>TakeCardReminder</name>
    <message>
        <location filename="../screens/qml/TakeCardReminder.qml" line="15" />
        <source>Please take your ID card from the reader.</source>
        <translation>请取走读卡区上的身份证。</translation>
    </message>
</context>
<context>
    <name>TicketScreen</name>
    <message>
        <location filename="../screens/qml/TicketScreen.qml" line="16" />
        <source>Printing your ticket…</source>
        <translation>正在打印排队票…</translation>
    </message>
    <message>
        <location filename="../screens/qml/TicketScreen.qml" line="17" />
        <source>Please take your ticket from the printer.</source>
        <translation>请从出票口取走排队票。</translation>
    </message>
    <message>
        <location filename="../screens/qml/TicketScreen.qml" line="18" />
        <source>The printer is out of paper. Please note your number; staff have been told.</source>
        <translation>打印机缺纸。请记下您的号码，已通知工作人员。</translation>
    </message>
    <message>
        <location filename="../screens/qml/TicketScreen.qml" line="19" />
        <source>The ticket could not be printed. Please note your number.</source>
        <translation>排队票未能打印，请记下您的号码。</translation>
    </message>
    <message>
        <location filename="../screens/qml/TicketScreen.qml" line="30" />
        <source>Queue number and appointment check-in</source>
        <translation>取号与预约签到</translation>
    </message>
    <message>
        <location filename="../screens/qml/TicketScreen.qml" line="54" />
        <source>Take a number for:</source>
        <translation>选择业务取号：</translation>
    </message>
    <message>
        <location filename="../screens/qml/TicketScreen.qml" line="74" />
        <source>General services</source>
        <translation>综合业务</translation>
    </message>
    <message>
        <location filename="../screens/qml/TicketScreen.qml" line="83" />
        <source>The printer is not available: your number will be shown on the screen.</source>
        <translation>打印机暂不可用：号码将显示在屏幕上。</translation>
    </message>
    <message>
        <location filename="../screens/qml/TicketScreen.qml" line="105" />
        <source>I have an appointment</source>
        <translation>我已预约</translation>
    </message>
    <message>
        <location filename="../screens/qml/TicketScreen.qml" line="115" />
        <source>Check in with my ID card</source>
        <translation>刷身份证签到</translation>
    </message>
    <message>
        <location filename="../screens/qml/TicketScreen.qml" line="123" />
        <source>Temporarily unavailable: %1 (%2)</source>
        <translation>暂不可用：%1（%2）</translation>
    </message>
    <message>
        <location filename="../screens/qml/TicketScreen.qml" line="134" />
        <source>Enter appointment code</source>
        <translation>输入预约码</translation>
    </message>
    <message>
        <location filename="../screens/qml/TicketScreen.qml" line="155" />
        <source>Appointment code (8 digits, in your booking message)</source>
        <translation>预约码（8位数字，见预约短信）</translation>
    </message>
    <message>
        <location filename="../screens/qml/TicketScreen.qml" line="183" />
        <source>Please enter all 8 digits.</source>
        <translation>请输入完整的8位数字。</translation>
    </message>
    <message>
        <location filename="../screens/qml/TicketScreen.qml" line="184" />
        <source>%1 of %2 digits</source>
        <translation>已输入%1位，共%2位</translation>
    </message>
    <message>
        <location filename="../screens/qml/TicketScreen.qml" line="194" />
        <source>Check in</source>
        <translation>签到</translation>
    </message>
    <message>
        <location filename="../screens/qml/TicketScreen.qml" line="202" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../screens/qml/TicketScreen.qml" line="227" />
        <source>Checking you in. Please wait…</source>
        <translation>正在签到，请稍候…</translation>
    </message>
    <message>
        <location filename="../screens/qml/TicketScreen.qml" line="228" />
        <source>Getting your number. Please wait…</source>
        <translation>正在取号，请稍候…</translation>
    </message>
    <message>
        <location filename="../screens/qml/TicketScreen.qml" line="248" />
        <source>Your number has arrived after all.</source>
        <translation>您的号码已经取到。</translation>
    </message>
    <message>
        <location filename="../screens/qml/TicketScreen.qml" line="257" />
        <source>You had already checked in. Your number is</source>
        <translation>您已签到过，您的号码是</translation>
    </message>
    <message>
        <location filename="../screens/qml/TicketScreen.qml" line="258" />
        <source>You are checked in. Your number is</source>
        <translation>签到成功，您的号码是</translation>
    </message>
    <message>
        <location filename="../screens/qml/TicketScreen.qml" line="259" />
        <source>Your number is</source>
        <translation>您的号码是</translation>
    </message>
    <message>
        <location filename="../screens/qml/TicketScreen.qml" line="278" />
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../screens/qml/TicketScreen.qml" line="279" />
        <source>%1 · %2 waiting ahead of you</source>
        <translation>%1 · 前面还有%2人</translation>
    </message>
    <message>
        <location filename="../screens/qml/TicketScreen.qml" line="315" />
        <source>No appointment found for today</source>
        <translation>未查到您今天的预约</translation>
    </message>
    <message>
        <location filename="../screens/qml/TicketScreen.qml" line="317" />
        <source>Check-in is not possible right now</source>
        <translation>暂时无法签到</translation>
    </message>
    <message>
        <location filename="../screens/qml/TicketScreen.qml" line="318" />
        <source>Numbers cannot be issued right now</source>
        <translation>暂时无法取号</translation>
    </message>
    <message>
        <location filename="../screens/qml/TicketScreen.qml" line="319" />
        <source>The request was not accepted</source>
        <translation>请求未被受理</translation>
    </message>
    <message>
        <location filename="../screens/qml/TicketScreen.qml" line="329" />
        <source>Please check the code in your booking message, or ask staff at the service desk.</source>
        <translation>请核对预约短信中的预约码，或到服务台咨询工作人员。</translation>
    </message>
    <message>
        <location filename="../screens/qml/TicketScreen.qml" line="330" />
        <source>We found no appointment for today for this ID card. Please ask staff at the service desk.</source>
        <translation>未查到该身份证今天的预约，请到服务台咨询工作人员。</translation>
    </message>
    <message>
        <location filename="../screens/qml/TicketScreen.qml" line="332" />
        <source>The service hall's queue system cannot be reached. Please ask the staff at the service desk for a number. No number has been taken for you.</source>
        <translation>暂时连接不上大厅排队系统，请到服务台请工作人员为您取号。本次没有为您取号。</translation>
    </message>
    <message>
        <location filename="../screens/qml/TicketScreen.qml" line="333" />
        <source>Please ask the staff at the service desk.</source>
        <translation>请到服务台咨询工作人员。</translation>
    </message>
    <message>
        <location filename="../screens/qml/TicketScreen.qml" line="354" />
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../screens/qml/TicketScreen.qml" line="362" />
        <source>Call for help</source>
        <translation>呼叫帮助</translation>
    </message>
    <message>
        <location filename="../screens/qml/TicketScreen.qml" line="369" />
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>TicketViewModel</name>
    <message>
        <location filename="../screens/viewmodels/ticket.py" line="48" />
        <source>General services</source>
        <extracomment>enqueue(kind, body, key, on_done(item_id or "")) -&gt; queued?</extracomment>
        <translation>综合业务</translation>
    </message>
    <message>
        <location filename="../screens/viewmodels/ticket.py" line="49" />
        <source>Social security</source>
        <translation>社保</translation>
    </message>
    <message>
        <location filename="../screens/viewmodels/ticket.py" line="50" />
        <source>Medical insurance</source>
        <translation>医保</translation>
    </message>
    <message>
        <location filename="../screens/viewmodels/ticket.py" line="51" />
        <source>Housing fund</source>
        <translation>公积金</translation>
    </message>
    <message>
        <location filename="../screens/viewmodels/ticket.py" line="52" />
        <source>Household registration</source>
        <translation>户籍</translation>
    </message>
    <message>
        <location filename="../screens/viewmodels/ticket.py" line="53" />
        <source>Real estate</source>
        <translation>不动产</translation>
    </message>
    <message>
        <location filename="../screens/viewmodels/ticket.py" line="54" />
        <source>Starting a business</source>
        <translation>企业开办</translation>
    </message>
    <message>
        <location filename="../screens/viewmodels/ticket.py" line="55" />
        <source>Tax</source>
        <translation>税务</translation>
    </message>
    <message>
        <location filename="../screens/viewmodels/ticket.py" line="202" />
        <source>Choose the service you need a number for, or check in for your appointment.</source>
        <extracomment>deadlines of the next request (tests shorten them)</extracomment>
        <translation>请选择要办理的业务取号，或为您的预约签到。</translation>
    </message>
    <message>
        <location filename="../screens/viewmodels/ticket.py" line="207" />
        <source>Please enter your 8-digit appointment code.</source>
        <translation>请输入8位预约码。</translation>
    </message>
    <message>
        <location filename="../screens/viewmodels/ticket.py" line="209" />
        <source>Getting your number. Please wait.</source>
        <translation>正在取号，请稍候。</translation>
    </message>
    <message>
        <location filename="../screens/viewmodels/ticket.py" line="212" />
        <source>Your number is %1.</source>
        <translation>您的号码是%1。</translation>
    </message>
    <message>
        <location filename="../screens/viewmodels/ticket.py" line="214" />
        <source>No appointment was found for today.</source>
        <translation>未查到您今天的预约。</translation>
    </message>
    <message>
        <location filename="../screens/viewmodels/ticket.py" line="216" />
        <source>Numbers cannot be issued right now. Please ask the staff at the service desk.</source>
        <translation>暂时无法取号，请到服务台咨询工作人员。</translation>
    </message>
    <message>
        <location filename="../screens/viewmodels/ticket.py" line="220" />
        <source>Please ask the staff at the service desk.</source>
        <translation>请到服务台咨询工作人员。</translation>
    </message>
</context>
<context>
    <name>Voice</name>
    <message>
        <location filename="../screens/viewmodels/voice.py" line="58" />
        <source>Please choose a service, or search for it.</source>
        <extracomment>``ui.voice_prompts``: when a visit starts with the voice on Router screen → what is said on entering it (English source; translated when spoken). Screens of journeys with state-dependent prompts (idCard, face, qrIdentity, identityResult...) are left out on purpose: their view-models speak.</extracomment>
        <translation>请选择要办理的事项，或搜索事项。</translation>
    </message>
    <message>
        <location filename="../screens/viewmodels/voice.py" line="59" />
        <source>Type the name of the service, in Chinese, in pinyin or by its initials.</source>
        <translation>请输入事项名称，可用汉字、拼音或拼音首字母。</translation>
    </message>
    <message>
        <location filename="../screens/viewmodels/voice.py" line="62" />
        <source>Please choose a service from the list.</source>
        <translation>请从列表中选择事项。</translation>
    </message>
    <message>
        <location filename="../screens/viewmodels/voice.py" line="63" />
        <source>This is the guide of the service: what you need and how to apply.</source>
        <translation>这是该事项的办事指南：需要什么、怎么办理。</translation>
    </message>
    <message>
        <location filename="../screens/viewmodels/voice.py" line="66" />
        <source>Please choose what you need to get done. Each one covers several services.</source>
        <translation>请选择您要办的事，每件事包含多个事项。</translation>
    </message>
    <message>
        <location filename="../screens/viewmodels/voice.py" line="69" />
        <source>These services are handled together. Tap one to read its guide.</source>
        <translation>这些事项一并办理，点击可查看办事指南。</translation>
    </message>
    <message>
        <location filename="../screens/viewmodels/voice.py" line="72" />
        <source>Please read how your identity will be checked, then choose.</source>
        <translation>请阅读身份核验说明，然后选择。</translation>
    </message>
    <message>
        <location filename="../screens/viewmodels/voice.py" line="75" />
        <source>Place your ID card on the reader, or enter your application number.</source>
        <translation>请将身份证放在读卡区，或输入申请编号。</translation>
    </message>
    <message>
        <location filename="../screens/viewmodels/voice.py" line="78" />
        <source>This kiosk is out of service. Please ask the staff in the hall.</source>
        <translation>本机暂停服务，请向大厅工作人员求助。</translation>
    </message>
</context>
<context>
    <name>cabinet</name>
    <message>
        <location filename="../kiosk/services/cabinet.py" line="170" />
        <source>Compartment {compartment} is open. Please take your certificate and close the door.</source>
        <extracomment>Flags (why staff must look at a compartment). English source texts for the screens, by event/flag/reason code. The view-model passes them through Qt's translation (``QCoreApplication.translate("cabinet", text)``); lupdate extracts them into i18n/*.ts through the QT_TRANSLATE_NOOP marks.</extracomment>
        <translation>{compartment} 号柜门已打开，请取出您的证照并关好柜门。</translation>
    </message>
    <message>
        <location filename="../kiosk/services/cabinet.py" line="174" />
        <source>Thank you. Your certificate has been collected.</source>
        <translation>谢谢，您的证照已取走。</translation>
    </message>
    <message>
        <location filename="../kiosk/services/cabinet.py" line="175" />
        <source>The certificate is still in compartment {compartment}. Please call for help if you could not take it.</source>
        <translation>证照仍在 {compartment} 号柜内。如无法取出，请点击“呼叫帮助”。</translation>
    </message>
    <message>
        <location filename="../kiosk/services/cabinet.py" line="180" />
        <source>Please close the door of compartment {compartment}.</source>
        <translation>请关好 {compartment} 号柜门。</translation>
    </message>
    <message>
        <location filename="../kiosk/services/cabinet.py" line="181" />
        <source>Compartment {compartment} is open. Put the certificate in and close the door.</source>
        <translation>{compartment} 号柜门已打开，请放入证照并关好柜门。</translation>
    </message>
    <message>
        <location filename="../kiosk/services/cabinet.py" line="184" />
        <source>The certificate is in compartment {compartment}.</source>
        <translation>证照已放入 {compartment} 号柜。</translation>
    </message>
    <message>
        <location filename="../kiosk/services/cabinet.py" line="185" />
        <source>Compartment {compartment} was closed empty. Nothing was deposited.</source>
        <translation>{compartment} 号柜门已关闭但柜内无物品，本次未存件。</translation>
    </message>
    <message>
        <location filename="../kiosk/services/cabinet.py" line="188" />
        <source>The compartment door did not open. Please call for help.</source>
        <translation>柜门未能打开，请点击“呼叫帮助”。</translation>
    </message>
    <message>
        <location filename="../kiosk/services/cabinet.py" line="191" />
        <source>The cabinet did not confirm that the door opened. Please call for help.</source>
        <translation>证照柜未确认柜门已打开，请点击“呼叫帮助”。</translation>
    </message>
    <message>
        <location filename="../kiosk/services/cabinet.py" line="194" />
        <source>The cabinet is not answering. Please call for help.</source>
        <translation>证照柜无响应，请点击“呼叫帮助”。</translation>
    </message>
    <message>
        <location filename="../kiosk/services/cabinet.py" line="195" />
        <source>The pickup cabinet is temporarily unavailable.</source>
        <translation>证照柜暂时无法使用。</translation>
    </message>
    <message>
        <location filename="../kiosk/services/cabinet.py" line="196" />
        <source>No certificate is waiting for you in this cabinet.</source>
        <translation>本证照柜中没有您待取的证照。</translation>
    </message>
    <message>
        <location filename="../kiosk/services/cabinet.py" line="197" />
        <source>Too many wrong pickup codes. Please try again later or call for help.</source>
        <translation>取件码错误次数过多，请稍后再试或点击“呼叫帮助”。</translation>
    </message>
    <message>
        <location filename="../kiosk/services/cabinet.py" line="200" />
        <source>This compartment has already been opened for you.</source>
        <translation>该柜门已为您打开过。</translation>
    </message>
    <message>
        <location filename="../kiosk/services/cabinet.py" line="203" />
        <source>There is no free compartment in the cabinet.</source>
        <translation>证照柜已无空闲格口。</translation>
    </message>
</context>
</TS>