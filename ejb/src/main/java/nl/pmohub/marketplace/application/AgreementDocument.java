package nl.pmohub.marketplace.application;

/** The assignment agreement (overeenkomst van opdracht) as a PDF in Dutch, the language the contract is made in. */
public interface AgreementDocument {

    String MEDIA_TYPE = "application/pdf";

    byte[] render(AgreementSheet sheet);
}
