/// The text of the first version of the beneficiary relations policy, as approved by the board
/// (decision 3-23/M, 1 Sha'ban 1444 AH = 21 February 2023): the Arabic original cleaned of the
/// PDF extraction's artefacts, and its English translation. Seed data, loaded by a migration.
enum SeedPolicyText {
    /// The Arabic original, in reading order.
    static let arabic = """
        سياسة تنظيم العلاقة مع المستفيدين وتقديم الخدمات

        مقدمة
        تضع جمعية منارات السياسات والإجراءات التي تنظم علاقتها بجميع الأطراف من مستفيدين وداعمين ومتطوعين وخلافه، بما يكفل حقوق الجمعية وكافة هذه الأطراف. وتشكل أنظمة العمل والعقود المصدر الأساسي في تحديد حقوق وواجبات المتعاقدين وطريقة أدائها وتبعات التقصير في الاداء، وحدود المسؤولية وطريقة تسوية الخلافات بشكل يكفل حماية الأطراف ذات العلاقة مع الجمعية التي قد تنشأ من جراء تنفيذ هذه العقود والخدمات. وتركز الجمعية على صيغة العلاقات مع المستفيدين، وتضع لها أولوية من خلال وضع آلية لتنظيم هذه العلاقة. مع مراجعتها باستمرار والتعديل عليها وتعميمها بما يكفل حقوق المستفيد.

        الهدف العام
        تقديم خدمة متميزة للمستفيدين من كافة الشرائح بإتقان وسرعة وجودة عالية لإنجاز معاملاتهم ومتابعة متطلباتهم ومقترحاتهم والعمل على مواصلة التطوير والتحسين التي تتم بالتعاون مع كافة الجهات للوصول إلى تحقيق الأهداف، والوصول إليهم بأسهل الطرق دون الحاجة إلى طلب المستفيد.

        الأهداف التفصيلية
        1. تقدير حاجة المستفيد وكافة الفئات المستفيدة في الجمعية من خلال تسهيل الإجراءات وحصولهم على كافة الخدمات المطلوبة دون عناء ومشقة.
        2. تقديم الخدمات المتكاملة بأحدث الأساليب الالكترونية في خدمة المستفيد.
        3. تقديم المعلومات والإجابات بشكل ملائم بما يتناسب مع تساؤلات المستفيدين واستفساراتهم من خلال عدة قنوات.
        4. تقديم خدمة للمستفيد من موقعه حفاظا لوقته وتقديرا لظروفه وسرعة انجاز خدمته.
        5. التركيز على عملية قياس رضا المستفيد كوسيلة لرفع جودة الخدمة المقدمة والتحسين المستمر لإجراء تقديم خدمة وأداء مقدم الخدمة.
        6. زيادة ثقة وانتماء المستفيدين بالجمعية من خلال تبني أفضل المعايير والممارسات في تقديم الخدمة للمستفيد وذلك عن طريق ما يلي:
        - تصحيح المفاهيم السائدة لدى المستفيد عن الخدمات المقدمة في الجمعية.
        - تكوين انطباعات وقناعات ايجابية جديدة نحو الجمعية وما تقدم من خدمات.
        - نشر ثقافة تقييم الخدمة لدى المستفيد والتشجيع على ذلك والتأكد على أن تقييم جودة الخدمة حق من حقوق المستفيد حيث أنها أداة للتقويم والتطوير لا للعقاب والتشهير.
        - نشر ثقافة جودة الخدمة بين جميع الأقسام التي تقدم خدماتها للمستفيدين الداخلي أو الخارجي.
        - ابتكار مفاهيم وتقنيات إدارية للارتقاء بمستوى ونوعية الخدمات المقدمة للمستفيد ومحاولة القضاء على معوقات تقديم خدمات ذات جودة عالية وذلك من خلال التطوير والتحسين المستمر للخدمات المقدمة للمستفيد من خلال تلمس أراء المستفيدين.

        القنوات المستخدمة للتواصل مع المستفيدين
        1. المقابلة.
        2. الاتصالات الهاتفية.
        3. وسائل التواصل الاجتماعي.
        4. الخطابات.
        5. خدمات طلب المساعدة.
        6. خدمة التطوع.
        7. الموقع الالكتروني للجمعية.
        8. مندوبو المكاتب الفرعية.

        الأدوات المتاحة لموظف علاقات المستفيدين للتواصل مع المستفيدين:
        - اللائحة الأساسية للجمعية.
        - دليل خدمات البحث الاجتماعي.
        - دليل سياسة الدعم للمستفيدين.
        - طلب دعم مستفيد.

        ويتم التعامل مع المستفيد على مختلف المستويات لإنهاء معاملاته بالشكل التالي:
        - استقبال المستفيد بلباقة واحترام والإجابة على جميع الاستفسارات وإعطاء المراجع الوقت الكافي.
        - التأكد من تقديم المراجع كافة المعلومات المطلوبة، وعلى الموظف مطابقة البيانات والتأكد من صلاحيتها وقت التقديم.
        - في حالة عدم وضوح الإجراءات للمستفيد فعلى الموظف إحالته لمسئول البحث الاجتماعي للإجابة على تساؤلاته وإيضاح الجوانب التنظيمية.
        - التأكد على صحة البيانات المقدمة من طالب الدعم والتوقيع عليها وأنه مسؤول مسئولية مباشرة عن صحة المعلومات.
        - التوضيح للمستفيد بأن طلبه سيرفع للجنة البحث لدراسة طلبه والرد عليه بشأن قبوله أو رفضه خلال مدة لا تقل عن أسبوعين.
        - استكمال اجراءات التسجيل مع اكتمال الطلبات.
        - تقديم الخدمة اللازمة.
        - وقعه لتحقيق منفعة شخصية أو أهداف أخرى.

        اعتماد مجلس الإدارة
        تم اعتماد سياسة تنظيم العلاقة مع المستفيدين وتقديم الخدمات بقرار مجلس الإدارة رقم: (3-23/م) في يوم الثلاثاء 01/08/1444هـ الموافق: 21/02/2023م.

        رئيس مجلس الإدارة
        صالح بن ناصر الزهراني
        """
    /// The English translation.
    static let english = """
        Policy for organizing the relationship with beneficiaries and delivering services
        (سياسة تنظيم العلاقة مع المستفيدين وتقديم الخدمات) — Manarat Association (جمعية منارات), a Saudi charity.

        Introduction
        The association sets the policies and procedures that govern its relationship with every party — beneficiaries (المستفيدون), supporters/donors (الداعمون), volunteers (المتطوعون) and others — so that the rights of the association and of each party are protected. Regulations and contracts are the primary source for each party's rights and duties, how they are performed, the consequences of failing to perform, the limits of liability and how disputes are settled. The association gives priority to its relationship with beneficiaries by setting a mechanism to organize it, reviewing it continuously, amending it and circulating it, so that the beneficiary's rights are guaranteed.

        General goal
        Give beneficiaries of every segment an excellent service — skilled, fast and of high quality — to complete their transactions; follow up their requirements and suggestions; keep developing and improving, in cooperation with all parties; and reach beneficiaries in the easiest ways, without the beneficiary having to ask.

        Detailed objectives
        1. Assess the needs of each beneficiary and each beneficiary category (الفئات المستفيدة) by making procedures easy, so they obtain every service they need without hardship.
        2. Deliver integrated services using up-to-date electronic means.
        3. Give information and answers suited to beneficiaries' questions and inquiries through several channels.
        4. Serve the beneficiary from where they are (من موقعه), to save their time, respect their circumstances and finish their service quickly.
        5. Focus on measuring beneficiary satisfaction (قياس رضا المستفيد) as the means to raise service quality and to keep improving how services are delivered and how the service provider performs.
        6. Raise beneficiaries' trust and sense of belonging by adopting the best standards and practices:
        - correct common misconceptions beneficiaries hold about the association's services;
        - build new, positive impressions of the association and its services;
        - spread a culture of service evaluation among beneficiaries and encourage it, stressing that evaluating service quality is a right of the beneficiary and a tool for assessment and development, not for punishment or defamation;
        - spread a culture of service quality across all departments serving internal or external beneficiaries;
        - invent administrative concepts and techniques that raise the level and quality of services, and remove obstacles to high-quality service through continuous development that listens to beneficiaries' opinions.

        Channels for communicating with beneficiaries (القنوات):
        1. In-person interview (المقابلة)
        2. Phone calls (الاتصالات الهاتفية)
        3. Social media (وسائل التواصل الاجتماعي)
        4. Letters (الخطابات)
        5. Assistance-request services (خدمات طلب المساعدة)
        6. Volunteering service (خدمة التطوع)
        7. The association's website (الموقع الإلكتروني)
        8. Branch-office representatives (مندوبو المكاتب الفرعية)

        Tools available to the beneficiary-relations employee (موظف علاقات المستفيدين):
        - the association's basic bylaws (اللائحة الأساسية)
        - the social-research services guide (دليل خدمات البحث الاجتماعي)
        - the beneficiary support policy guide (دليل سياسة الدعم للمستفيدين)
        - the beneficiary support request form (طلب دعم مستفيد)

        How the beneficiary is handled, at every level, to complete their transaction:
        - Receive the beneficiary courteously and respectfully, answer all their inquiries and give them enough time.
        - Make sure the applicant has provided all the required information; the employee must match the data and verify that it is valid at the time of submission (مطابقة البيانات والتأكد من صلاحيتها وقت التقديم).
        - If the procedures are unclear to the beneficiary, the employee refers them to the social-research officer (مسؤول البحث الاجتماعي) to answer their questions and explain the organizational aspects.
        - Confirm the correctness of the data submitted by the support applicant and have them sign it, acknowledging that they are directly responsible for the correctness of the information.
        - Explain to the beneficiary that the request will be raised to the research committee (لجنة البحث) to study it and respond with acceptance or rejection within a period of two weeks (the Arabic literally says "not less than two weeks").
        - Complete the registration procedures once the request's documents are complete.
        - Provide the required service.
        - (A fragment of a further clause survives: "...his position to achieve personal benefit or other goals" — i.e. the employee must not exploit their position for personal benefit.)

        Board approval
        Approved by board decision no. (3-23/M) on Tuesday 1/8/1444 AH, corresponding to 21/02/2023. Signed: the chairman of the board.
        """
}
