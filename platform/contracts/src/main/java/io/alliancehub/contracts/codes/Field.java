package io.alliancehub.contracts.codes;

import com.fasterxml.jackson.annotation.JsonClassDescription;

/**
 * Field of cooperation or focus, shared by organisations (focus fields), agreements (fields of cooperation)
 * and events.
 */
@JsonClassDescription("Field of cooperation or focus")
public enum Field implements CodeList {
    CELL_THERAPY("细胞治疗", "Cell therapy"),
    GENE_THERAPY("基因治疗", "Gene therapy"),
    STEM_CELLS("干细胞", "Stem cells"),
    CAR_T("CAR-T细胞治疗", "CAR-T cell therapy"),
    REGENERATIVE_MEDICINE("再生医学", "Regenerative medicine"),
    BIOBANKING("生物样本库", "Biobanking"),
    GENE_TESTING("基因检测", "Gene testing"),
    DRUG_RND("药物研发", "Drug R&D"),
    HEMATOLOGY("血液科", "Hematology"),
    RHEUMATOLOGY("风湿免疫科", "Rheumatology and immunology"),
    OBSTETRICS_GYNECOLOGY("妇产科", "Obstetrics and gynecology"),
    ORTHOPEDICS("骨科", "Orthopedics"),
    LUNG_TRANSPLANTATION("肺移植", "Lung transplantation"),
    IMMUNOTHERAPY("免疫治疗", "Immunotherapy"),
    PRECISION_MEDICINE("精准医学", "Precision medicine"),
    MEDICAL_DEVICES("医疗器械", "Medical devices"),
    CDMO("合同研发生产(CDMO)", "Contract development and manufacturing (CDMO)"),
    CLINICAL_RESEARCH("临床研究", "Clinical research");

    private final String zh;
    private final String en;

    Field(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    @Override
    public String code() {
        return name();
    }

    @Override
    public String zh() {
        return zh;
    }

    @Override
    public String en() {
        return en;
    }
}
